import { findCaseReferences } from './case-reference';
import { findDatesOfBirth } from './date-of-birth';
import { findEmails } from './email';
import { findFullNames } from './full-name';
import { findNhsNumbers } from './nhs-number';
import { findPhoneNumbers } from './phone';
import { findPostcodes } from './postcode';
import { KIND_MESSAGES, type Finding, type Span } from './types';

/**
 * Parts of a note that look like a child's or family's personal data, in
 * text order, never overlapping. Pure and fast (well under a millisecond for a
 * note), so the board can run it on every keystroke.
 */
export function findPersonalData(text: string): Finding[] {
  const kept: Span[] = [];
  // One flag per character: a span is kept only if none of its characters is taken.
  const taken = new Uint8Array(text.length);
  const keep = (spans: Span[]) => {
    for (const s of spans) {
      if (s.end <= s.start || taken.subarray(s.start, s.end).includes(1)) continue;
      taken.fill(1, s.start, s.end);
      kept.push(s);
    }
  };
  // Most specific first: an email holds a name, an NHS number could be read as
  // a reference, a reference could hold a date. The first reading of any
  // character wins.
  keep(findEmails(text));
  keep(findNhsNumbers(text));
  keep(findPhoneNumbers(text));
  keep(findCaseReferences(text));
  keep(findPostcodes(text));
  const names = findFullNames(text);
  keep(names);
  keep(findDatesOfBirth(text, names));
  return kept
    .sort((a, b) => a.start - b.start)
    .map((s) => ({
      kind: s.kind,
      start: s.start,
      end: s.end,
      match: text.slice(s.start, s.end),
      message: s.message ?? KIND_MESSAGES[s.kind],
    }));
}
