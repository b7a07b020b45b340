import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './phone';

const found = (text: string) => findPhoneNumbers(text).map((s) => text.slice(s.start, s.end));

describe('findPhoneNumbers', () => {
  it('finds mobiles and landlines in the usual groupings', () => {
    expect(found('Mum is on 07700 900123 after work')).toEqual(['07700 900123']);
    expect(found('School on 0113 496 0123 because')).toEqual(['0113 496 0123']);
    expect(found('Carer 020 7946 0321.')).toEqual(['020 7946 0321']);
    expect(found('Ring 01632 960412')).toEqual(['01632 960412']);
    expect(found('Mobile 07700900789 only')).toEqual(['07700900789']);
    expect(found('Text 07700-900-321 first')).toEqual(['07700-900-321']);
    expect(found('Call back on 07700 900 999')).toEqual(['07700 900 999']);
    expect(found('Helpline 0800 123 4567')).toEqual(['0800 123 4567']);
  });

  it('finds international and bracketed forms', () => {
    expect(found('Dad on +44 7700 900456 after work')).toEqual(['+44 7700 900456']);
    expect(found('came from +447700900888 at night')).toEqual(['+447700900888']);
    expect(found('Uncle +44 (0)20 7946 0999 is')).toEqual(['+44 (0)20 7946 0999']);
    expect(found('landline (0161) 496 0789 on a note')).toEqual(['(0161) 496 0789']);
  });

  it('stops at the end of the number even when more digits follow', () => {
    expect(found('07700 900123 2 times')).toEqual(['07700 900123']);
    expect(found('07700 900123 or 07700 900124')).toEqual(['07700 900123', '07700 900124']);
  });

  it('ignores short numbers, times, dates, ranges, money and extensions', () => {
    for (const text of [
      'Ring 101 or 111',
      'The 0300 number goes to a message',
      'ext 4521',
      'between 09:00 and 16:30',
      'on 01/02/2016',
      'on 01-02-2016',
      '0-25 service and 0-19 service',
      'cost £0.50',
      'since 2019-2023',
      'Ofsted URN 012345',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
