import { describe, expect, it } from 'vitest';
import { describeFindings, findPersonalData, KIND_MESSAGES } from './index';

describe('findPersonalData', () => {
  it('finds every kind in one note, in text order, with start, end, match and message', () => {
    const text = 'Case 556012: Oliver Hughes, DOB 22/08/2014, NHS 640 353 2650, LS9 8AB, 07700 900234, oh@example.com';
    const findings = findPersonalData(text);
    expect(findings.map((f) => [f.kind, f.match])).toEqual([
      ['case-reference', '556012'],
      ['full-name', 'Oliver Hughes'],
      ['date-of-birth', '22/08/2014'],
      ['nhs-number', '640 353 2650'],
      ['postcode', 'LS9 8AB'],
      ['phone', '07700 900234'],
      ['email', 'oh@example.com'],
    ]);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.match);
      expect(f.message).toBe(KIND_MESSAGES[f.kind]);
    }
  });

  it('never reports overlapping parts: an email wins over the name inside it', () => {
    const findings = findPersonalData('Sent to jayden.smith@example.com by mistake');
    expect(findings.map((f) => f.kind)).toEqual(['email']);
  });

  it('finds nothing in clean notes about the work', () => {
    for (const text of [
      'Forms ask for the same info three times',
      'Visited a family on the east patch; the taxi form took 2 days',
      'Section 47 strategy meetings are booked at 24 hours notice',
      'Approval for a £25 food voucher goes up to a Head of Service',
      '',
      '   ',
    ]) {
      expect(findPersonalData(text), text).toEqual([]);
    }
  });

  it('copes with very long and odd input quickly', () => {
    const long = 'Jayden Smith 07700 900123 '.repeat(2000) + 'x'.repeat(50_000);
    const started = Date.now();
    const findings = findPersonalData(long);
    expect(findings.length).toBe(4000);
    // Long runs without an @, a digit or a space once made the email pattern quadratic.
    findPersonalData('a.'.repeat(25_000));
    findPersonalData('Ab '.repeat(20_000));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(findPersonalData('\u0000\uFFFF😀 @@ .. -- (( ))')).toEqual([]);
  });
});

describe('describeFindings', () => {
  it('names each kind once, in a sentence', () => {
    const findings = findPersonalData('Jayden Smith, DOB 03/04/2016, Leah Thompson');
    expect(describeFindings(findings)).toBe("This note looks like it holds a person's name and a date of birth.");
    expect(describeFindings(findPersonalData('call 07700 900123'))).toBe('This note looks like it holds a phone number.');
    expect(describeFindings(findPersonalData('07700 900123, LS6 2QT, a@example.com'))).toBe(
      'This note looks like it holds a postcode, a phone number and an email address.',
    );
    expect(describeFindings([])).toBe('This note does not look like it holds personal data.');
  });
});
