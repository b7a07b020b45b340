import { findDates } from './dates';
import { FIRST_NAMES } from './first-names';
import type { Span } from './types';

// A date is read as a birth date when it is labelled as one (DOB, born,
// birthday, EDD for an unborn baby) or sits right beside a person's name
// ("Leah Thompson 17/05/2017") or in brackets after a given name ("Zainab (21/11/2012)"). Other dates in a
// blocker note are nearly always meetings, deadlines and hearings, and flagging
// them would teach people to ignore the warning.
// An age on its own ("aged 4", "a 14 year old") is not flagged: it identifies
// nobody, and the room needs it to talk about the work.
const CUE = /(?<![a-z])(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|birthday(?:\s+is)?|b\.|e\.?d\.?d\.?|baby\s+due|due\s+date)\s*[:\-–(]?\s*(?:on\s+|in\s+|is\s+)?$/i;
const CUE_WINDOW = 24;
// Between a name and its date: a space, comma, or opening bracket, maybe "DOB".
const AFTER_NAME = /^[\s,]*\(?\s*$/;

export function findDatesOfBirth(text: string, names: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  for (const date of findDates(text)) {
    const before = text.slice(Math.max(0, date.start - CUE_WINDOW), date.start);
    const cued = CUE.test(before);
    const besideName =
      date.full && names.some((n) => n.end <= date.start && AFTER_NAME.test(text.slice(n.end, date.start)));
    const bracketed = date.full && isBracketedAfterGivenName(text, date.start, date.end);
    if (cued || besideName || bracketed) spans.push({ kind: 'date-of-birth', start: date.start, end: date.end });
  }
  return spans;
}

/** "Zainab (21/11/2012)": a full date in brackets straight after a given name. */
function isBracketedAfterGivenName(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const word = /([A-Z][a-z'’-]+)\s*$/.exec(text.slice(Math.max(0, start - 40), start - 1));
  return word !== null && FIRST_NAMES.has((word[1] ?? '').toLowerCase());
}
