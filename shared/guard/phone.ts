import type { Span } from './types';

// A UK number starts with 0 or +44 (sometimes "+44 (0)"), may put the area
// code in brackets, and groups its digits with single spaces or dashes.
// National form: 0 then 9 or 10 more digits, the second digit 1-3, 5, 7, 8 or 9
// (01/02 geographic, 03 non-geographic, 07 mobile, 08 freephone...).
const START = /(?<![\w+£$.,/-])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(0|0(?=\d))/g;
const GROUP = /(?:\)[ -]?|[ -])?(\d+)/y;

export function findPhoneNumbers(text: string): Span[] {
  const spans: Span[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const start = m.index;
    // Every form starts the national number with its 0 ("+44" and "+44 (0)" stand for it).
    let digits = '0';
    let pos = start + m[0].length;
    let best = -1;
    // Read digit groups, remembering the last point where the digits made a
    // whole number; stop before a group that would make it too long.
    for (;;) {
      GROUP.lastIndex = pos;
      const g = GROUP.exec(text);
      if (!g || !g[1]) break;
      if (g[0].startsWith(')') && !text.slice(start, pos).includes('(')) break;
      const next = digits + g[1];
      if (next.length > 11) break;
      digits = next;
      pos += g[0].length;
      if (isNationalNumber(digits)) best = pos;
    }
    if (best > 0 && !/^(?:[\w/]|[.,]\d)/.test(text.slice(best, best + 2))) {
      spans.push({ kind: 'phone', start, end: best });
      START.lastIndex = best;
    }
  }
  return spans;
}

function isNationalNumber(digits: string): boolean {
  return /^0[1235789]\d{8,9}$/.test(digits);
}
