// Finds calendar dates in free text: 03/04/2016, 12.07.19, 2010-09-01,
// 3rd May 2015, 1 Sept 2010, May 3, 2015, March 2024, 14 February.
// Pure parsing: whether a date is a birth date is decided in date-of-birth.ts.

export interface DateMention {
  start: number;
  end: number;
  /** True when the day, month and year are all written. */
  full: boolean;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';

// Each form, with whether it holds a day, a month and a year.
const FORMS: Array<{ re: RegExp; full: (m: RegExpMatchArray) => boolean; valid?: (m: RegExpMatchArray) => boolean }> = [
  {
    // d/m/y, d.m.y, d-m-y with a two- or four-digit year.
    re: /(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|[.,]\d)/g,
    full: () => true,
    valid: (m) => dayMonthOk(Number(m[1]), Number(m[3])),
  },
  {
    // ISO 8601: y-m-d.
    re: /(?<![\w./-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\w/-]|[.,]\d)/g,
    full: () => true,
    valid: (m) => dayMonthOk(Number(m[3]), Number(m[2])),
  },
  {
    // 3rd May 2015, 3 of May, 14 February.
    re: new RegExp(`(?<![\\w.])${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(${YEAR}))?(?![\\w])`, 'gi'),
    full: (m) => Boolean(m[1]),
  },
  {
    // May 3, 2015 / May 3rd 2015.
    re: new RegExp(`(?<![\\w.])${MONTH}\\s+${DAY},?\\s+${YEAR}(?![\\w])`, 'gi'),
    full: () => true,
  },
  {
    // March 2024: a month and a year, no day.
    re: new RegExp(`(?<![\\w.])${MONTH}\\s+${YEAR}(?![\\w])`, 'gi'),
    full: () => false,
  },
];

/** Either order of day and month is accepted: schools sometimes write American dates. */
function dayMonthOk(a: number, b: number): boolean {
  const ok = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;
  return ok(a, b) || ok(b, a);
}

export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const form of FORMS) {
    for (const m of text.matchAll(form.re)) {
      if (form.valid && !form.valid(m)) continue;
      const start = m.index;
      const end = start + m[0].length;
      // "3rd May 2015" also contains "May 2015": keep the longer reading.
      if (found.some((d) => d.start < end && start < d.end)) continue;
      found.push({ start, end, full: form.full(m) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
