import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNhsNumbers, isValidNhsNumber } from './nhs-number';

const kinds = (text: string) => findNhsNumbers(text).map((s) => [s.kind, text.slice(s.start, s.end)]);

function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  return (11 - (sum % 11)) % 11;
}

describe('isValidNhsNumber', () => {
  it('accepts the published example and test-range numbers, written any usual way', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
    expect(isValidNhsNumber('9992992646')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and letters', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('94347659l9')).toBe(false);
    expect(isValidNhsNumber('')).toBe(false);
  });

  it('refuses numbers whose check works out as 10 (never issued)', () => {
    // 6 × 2 = 12; 12 % 11 = 1; 11 − 1 = 10.
    const nine = '000000006';
    expect(checkDigit(nine)).toBe(10);
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`${nine}${d}`)).toBe(false);
  });

  it('catches every single-digit typing slip (the point of modulus 11)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8}$/), fc.nat(9), fc.nat(8), (nine, pos, bump) => {
        const check = checkDigit(nine);
        fc.pre(check !== 10);
        const valid = `${nine}${check}`;
        expect(isValidNhsNumber(valid)).toBe(true);
        const digit = Number(valid[pos]);
        const slipped = valid.slice(0, pos) + String((digit + 1 + bump) % 10) + valid.slice(pos + 1);
        expect(isValidNhsNumber(slipped)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findNhsNumbers', () => {
  it('finds valid numbers in 3-3-4, dashed, 4-3-3 and unbroken forms', () => {
    expect(kinds('NHS number 999 299 2646 copied by hand')).toEqual([['nhs-number', '999 299 2646']]);
    expect(kinds('GP letter had 611-869-8937')).toEqual([['nhs-number', '611-869-8937']]);
    expect(kinds('saved under 6958 632 125 by mistake')).toEqual([['nhs-number', '6958 632 125']]);
    expect(kinds('Health asked for 9999870910 again.')).toEqual([['nhs-number', '9999870910']]);
  });

  it('finds a valid number with no label at all', () => {
    expect(kinds('Typed 999 071 9934 into four systems')).toEqual([['nhs-number', '999 071 9934']]);
  });

  it('reports a labelled number with a wrong check digit as a reference, saying why', () => {
    const [span] = findNhsNumbers('Entered NHS number 9994519043 and it was refused');
    expect(span?.kind).toBe('case-reference');
    expect(span?.message).toMatch(/check digit/);
  });

  it('ignores unlabelled ten-digit numbers that fail the check (orders, invoices)', () => {
    expect(kinds('Order 4801206511 is still not delivered')).toEqual([]);
    expect(kinds('Invoice 6479322100 was paid twice')).toEqual([]);
  });

  it('leaves phone numbers, longer runs, pairs of digits and money alone', () => {
    expect(kinds('Mobile 07700 900123')).toEqual([]);
    expect(kinds('Account 99929926461')).toEqual([]);
    expect(kinds('rooms 12 34 56 78 90')).toEqual([]);
    expect(kinds('cost £9,992,992,646')).toEqual([]);
    expect(kinds('version 999.299.2646')).toEqual([]);
  });
});
