import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { findDatesOfBirth } from './date-of-birth';
import { findFullNames } from './full-name';

const dates = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), d.full]);
const births = (text: string) => findDatesOfBirth(text, findFullNames(text)).map((s) => text.slice(s.start, s.end));

describe('findDates', () => {
  it('reads numeric, ISO and written dates', () => {
    expect(dates('on 03/04/2016, 12.07.19 and 2010-09-01')).toEqual([
      ['03/04/2016', true],
      ['12.07.19', true],
      ['2010-09-01', true],
    ]);
    expect(dates('3rd May 2015, 1 Sept 2010, May 3, 2015')).toEqual([
      ['3rd May 2015', true],
      ['1 Sept 2010', true],
      ['May 3, 2015', true],
    ]);
    expect(dates('in March 2024 and on 14 February')).toEqual([
      ['March 2024', false],
      ['14 February', false],
    ]);
  });

  it('does not read times, versions, ranges, sections or the modal "may" as dates', () => {
    for (const text of ['at 10:30', 'version 3.2.1', 'in 2019-2023', 'Section 47', 'it may take 3 weeks', 'May half term', 'Q3 2024/25', '31/13/2024']) {
      expect(dates(text), text).toEqual([]);
    }
  });
});

describe('findDatesOfBirth', () => {
  it('flags dates labelled as a birth date, in every usual wording', () => {
    expect(births('Visited him, DOB 03/04/2016, then')).toEqual(['03/04/2016']);
    expect(births('D.O.B. 12.07.2019 on the referral')).toEqual(['12.07.2019']);
    expect(births('Date of birth: 21/11/2012 confirmed')).toEqual(['21/11/2012']);
    expect(births('Born 3rd May 2015 and still no school place')).toEqual(['3rd May 2015']);
    expect(births('born on 5 January 2021')).toEqual(['5 January 2021']);
    expect(births('b. 14/02/2018, meeting took months')).toEqual(['14/02/2018']);
    expect(births('dob 2/9/17 typed wrong')).toEqual(['2/9/17']);
    expect(births('Her birthday is 14 February 2014')).toEqual(['14 February 2014']);
    expect(births('Baby born March 2024 and the plan')).toEqual(['March 2024']);
    expect(births('pre-birth plan, EDD 12/06/2025')).toEqual(['12/06/2025']);
  });

  it('flags a full date right beside a name, or in brackets after a given name', () => {
    expect(births('Leah Thompson 17/05/2017 appears twice')).toEqual(['17/05/2017']);
    expect(births('Zainab Hussain (21/11/2012) has been on a plan')).toEqual(['21/11/2012']);
    expect(births('Zainab (21/11/2012) has been on a plan')).toEqual(['21/11/2012']);
  });

  it('leaves meeting dates, deadlines and hearings alone', () => {
    for (const text of [
      'Review meeting on 14/03/2024 was cancelled',
      'Strategy meeting on 12/09/2024 moved rooms',
      'Review (12/09/2024) was moved',
      'Panel (12/09/2024) was moved',
      'The Family Facing Team pilot starts in April 2025',
      'IRO reviews on 1 May and 3 July clash',
      'conference booked for 3rd June at 10:30',
    ]) {
      expect(births(text), text).toEqual([]);
    }
  });

  it('does not flag ages, birth years alone or the words "date of birth" with no date', () => {
    expect(births('A child aged 4 waits 6 weeks')).toEqual([]);
    expect(births('a 14 year old')).toEqual([]);
    expect(births('a child born in 2015')).toEqual([]);
    expect(births('asked for her date of birth by every new worker')).toEqual([]);
  });
});
