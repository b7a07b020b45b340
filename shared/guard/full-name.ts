import { FIRST_NAMES } from './first-names';
import { SURNAMES } from './surnames';
import {
  DOMAIN_WORDS,
  NOT_A_NAME,
  PERSON_CUES,
  TITLES,
  WORD_LIKE_NAMES,
  WORD_LIKE_SURNAMES,
} from './vocabulary';
import type { Span } from './types';

// A person's full name: a given name and a surname, a title and a surname
// ("Mrs Adeyemi"), or a family named by its surname ("the Smith family").
// A given name on its own ("Jayden's mum") is not flagged: it rarely
// identifies anyone, and colleagues' first names fill ordinary notes.

interface Word {
  /** Position in the note's list of words. */
  index: number;
  start: number;
  end: number;
  /** Where the word ends without its possessive 's. */
  nameEnd: number;
  /** Lower case, without a possessive 's. */
  key: string;
  capitalised: boolean;
  possessive: boolean;
  /** First word of the text or of a sentence. */
  sentenceStart: boolean;
  /** Only spaces (or a title's full stop) between this word and the one before. */
  joinedToPrevious: boolean;
}

const WORD = /[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*/g;
const CAPITALISED = /^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]|(?:O|D)['’][A-Z][a-z]|Ma?c[A-Z][a-z])/;
const MAX_NAME_WORDS = 3;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    let possessive = false;
    if (/['’]s$/i.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/i.test(raw)) {
      raw = raw.slice(0, -1);
      possessive = true;
    }
    raw = raw.replace(/['’-]+$/, '');
    const start = m.index;
    const previous = out[out.length - 1];
    const gap = previous ? text.slice(previous.end, start) : '';
    const afterTitle = previous !== undefined && TITLES.has(previous.key) && /^\.\s+$/.test(gap);
    out.push({
      index: out.length,
      start,
      end: start + m[0].length,
      nameEnd: start + raw.length,
      key: raw.toLowerCase(),
      capitalised: CAPITALISED.test(raw),
      possessive,
      sentenceStart: !previous || /[.!?:;\n]/.test(gap) && !afterTitle,
      joinedToPrevious: previous !== undefined && !previous.possessive && (/^ +$/.test(gap) || afterTitle),
    });
  }
  return out;
}

const parts = (key: string) => key.split('-').filter(Boolean);
const isDomain = (w: Word) => DOMAIN_WORDS.has(w.key) || parts(w.key).some((p) => DOMAIN_WORDS.has(p));
const isGivenName = (w: Word) => FIRST_NAMES.has(w.key) || parts(w.key).some((p) => FIRST_NAMES.has(p));
const isSurname = (w: Word) => SURNAMES.has(w.key) || parts(w.key).some((p) => SURNAMES.has(p)) || /^(?:mc|o['’])[a-z]{3,}$/.test(w.key);
// A sentence's first word may be a verb or adverb ("Visiting", "Asked", "Sadly").
const looksLikeVerbOrAdverb = (w: Word) => /(?:ing|ed|ly)$/.test(w.key);

/** Runs of capitalised words joined by spaces, e.g. "Visited Jayden Smith". */
function capitalisedRuns(all: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const w of all) {
    if (w.capitalised && run.length > 0 && w.joinedToPrevious) run.push(w);
    else {
      if (run.length) runs.push(run);
      run = w.capitalised ? [w] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

export function findFullNames(text: string): Span[] {
  const all = words(text);
  const spans: Span[] = [];
  const add = (from: Word, to: Word) => spans.push({ kind: 'full-name', start: from.start, end: to.nameEnd });

  for (const run of capitalisedRuns(all)) {
    const first = run[0]!;
    const before = all[first.index - 1];
    let cued = before !== undefined && first.joinedToPrevious && PERSON_CUES.has(before.key);
    let i = 0;
    // "Mum Chantelle Harris", "Baby Ava Morris": the cue is part of the run.
    while (i < run.length - 1 && PERSON_CUES.has(run[i]!.key)) {
      cued = true;
      i++;
    }
    const found = nameInRun(run, i, cued);
    if (found) add(found[0], found[1]);
    else {
      // "the Smith family", "The Kowalski family's".
      const last = run[run.length - 1]!;
      const next = all[last.index + 1];
      if (next && next.key === 'family' && !next.capitalised && next.joinedToPrevious && isFamilyName(last)) add(last, last);
    }
  }
  spans.push(...namesNotInTitleCase(all));
  return spans;
}

function isFamilyName(w: Word): boolean {
  return !NOT_A_NAME.has(w.key) && !isDomain(w) && !TITLES.has(w.key);
}

/** The first name-shaped stretch in a run of capitalised words, as [first word, last word]. */
function nameInRun(run: Word[], from: number, cued: boolean): [Word, Word] | null {
  for (let j = from; j < run.length - 1; j++) {
    const a = run[j]!;
    const b = run[j + 1]!;
    if (isDomain(b)) continue;
    if (TITLES.has(a.key)) return [a, extend(run, j + 1, MAX_NAME_WORDS)];
    if (isDomain(a) || a.possessive || NOT_A_NAME.has(a.key)) continue;
    const isName =
      (cued && j === from) ||
      isGivenName(a) ||
      (isSurname(b) && !(a.sentenceStart && looksLikeVerbOrAdverb(a)));
    if (isName) return [a, extend(run, j, MAX_NAME_WORDS)];
  }
  return null;
}

/** The last word of a name starting at run[from]: up to `max` words, stopping at the domain's own words. */
function extend(run: Word[], from: number, max: number): Word {
  let last = run[from]!;
  for (let k = from + 1; k < run.length && k < from + max; k++) {
    const w = run[k]!;
    if (isDomain(w)) break;
    last = w;
    if (w.possessive) break;
  }
  return last;
}

/**
 * "visited tyler jones", "JAYDEN SMITH": a name typed all in lower or upper
 * case, read only when the given name and the surname are both in the lists
 * and neither is also an everyday word.
 */
function namesNotInTitleCase(all: Word[]): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k]!;
    const b = all[k + 1]!;
    if (a.capitalised || b.capitalised || !b.joinedToPrevious || a.possessive) continue;
    if (!FIRST_NAMES.has(a.key) || WORD_LIKE_NAMES.has(a.key)) continue;
    if (!SURNAMES.has(b.key) || WORD_LIKE_SURNAMES.has(b.key)) continue;
    spans.push({ kind: 'full-name', start: a.start, end: b.nameEnd });
  }
  return spans;
}
