import type { Span } from './types';

/**
 * The NHS number's modulus 11 check: weights 10..2 on the first nine digits;
 * 11 minus the remainder is the check digit (11 means 0, 10 means the number
 * is never issued).
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

// Ten digits, written whole or in groups of at least three separated by one
// space or dash (3-3-4 is the usual form). Groups of two ("12 34 56 78 90")
// are not read as one number. UK phone numbers start with 0, NHS numbers never do.
const CANDIDATE = /(?<![\w+£$.,/-])[1-9]\d{2,}(?:[ -]\d{3,})*(?![\w/]|[.,]\d)/g;
const NHS_CUE = /\bnhs(?:\s*(?:no\.?|number|num|#))?\s*[:#]?\s*$/i;

/**
 * NHS numbers with a valid check digit. A ten-digit number that fails the
 * check but is labelled "NHS" is still reported, as a reference number: it is
 * most likely an NHS number typed with one digit wrong.
 */
export function findNhsNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = m[0].replace(/[\s-]/g, '');
    if (digits.length !== 10) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (isValidNhsNumber(digits)) {
      spans.push({ kind: 'nhs-number', start, end });
    } else if (NHS_CUE.test(text.slice(Math.max(0, start - 20), start))) {
      spans.push({
        kind: 'case-reference',
        start,
        end,
        message: 'This looks like an NHS number (its check digit does not match, so it may have a typing slip).',
      });
    }
  }
  return spans;
}
