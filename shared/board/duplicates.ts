// Likely duplicates: notes that say nearly the same thing in other words.
// Each note becomes a TF-IDF vector of normalised words (lower case, stop words
// dropped, a light suffix strip so "forms"/"form" and "typing"/"typed"/"type"
// meet) plus word pairs at half weight (which reward the same phrasing); notes
// are compared by cosine similarity. Not every pair is compared: an exact
// prefix filter (see prefixTerms) only compares notes that share one of their
// rarer words. The cost grows with how alike the notes are, not with the
// square of their number; test/bench/board-features.bench.ts measures it.

export interface NoteText {
  readonly id: string;
  readonly text: string;
}

export interface DuplicateGroup {
  /** Two or more note ids, in the order they were given. */
  readonly ids: readonly string[];
  /** The highest similarity between two notes of the group, 0..1. */
  readonly score: number;
}

export interface DuplicateOptions {
  /** Cosine similarity from which two notes are suggested as duplicates. */
  readonly threshold?: number;
  /** Pairs the room already said are not the same: `pairKey(a, b)`. */
  readonly dismissed?: ReadonlySet<string>;
  /** At most this many groups, best first. */
  readonly limit?: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.5;

const STOP_WORDS = new Set(`a about above after again all am an and any are as at be been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it
its itself just let me more most my no nor not now of off on once only or other our ours out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we were what when where which while who
whom why will with would you your get gets got getting really lot lots much many every always often still also us one`.split(/\s+/));

/** Short forms people write on sticky notes, read as the full word. (A Map: "constructor" is not a short form.) */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['info', 'information'], ['appt', 'appointment'], ['appts', 'appointments'], ['mtg', 'meeting'], ['mtgs', 'meetings'],
  ['sw', 'social'], ['sws', 'social'], ['mgr', 'manager'], ['mgrs', 'managers'], ['mgmt', 'management'],
  ['supervisions', 'supervision'], ['docs', 'documents'], ['admin', 'administration'], ['ref', 'referral'], ['refs', 'referrals'],
]);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Strips a few English endings so forms of a word meet; deliberately crude and predictable. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // cancelled/cancelling -> cancel; but keep "ss" (process, access).
  const last = w.charAt(w.length - 1);
  if (w.length > 4 && last === w.charAt(w.length - 2) && last !== 's' && !VOWELS.has(last) && last >= 'a' && last <= 'z') w = w.slice(0, -1);
  return w;
}

/** The content words of a note, normalised. */
export function tokens(text: string): string[] {
  let lower = text.toLowerCase();
  // Accents off (café -> cafe); most notes are plain ASCII and skip this.
  if (/[^\x00-\x7f]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return lower
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .map((w) => SHORT_FORMS.get(w) ?? w)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
}

function features(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (let i = 1; i < words.length; i++) {
    // Pairs count half: shared phrasing helps, but paraphrases reorder words.
    const pair = `${words[i - 1]} ${words[i]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 0.5);
  }
  return counts;
}

/** Order-free key of a pair of ids, for dismissals. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

interface Vector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** TF-IDF vectors (unit length) for every note, over a shared term dictionary. */
function vectorise(notes: readonly NoteText[]): { vectors: Vector[]; df: Float64Array; terms: number } {
  const dictionary = new Map<string, number>();
  const bags = notes.map((note) => {
    const bag = features(note.text);
    const ids: number[] = [];
    const counts: number[] = [];
    for (const [term, count] of bag) {
      let id = dictionary.get(term);
      if (id === undefined) {
        id = dictionary.size;
        dictionary.set(term, id);
      }
      ids.push(id);
      counts.push(count);
    }
    return { ids, counts };
  });
  const df = new Float64Array(dictionary.size);
  for (const bag of bags) for (const id of bag.ids) df[id]! += 1;
  const n = notes.length;
  const vectors = bags.map((bag) => {
    const weights = bag.ids.map((id, k) => {
      const count = bag.counts[k]!;
      // Smoothed idf: a word every note uses still counts a little.
      return (count < 1 ? count : 1 + Math.log(count)) * Math.log(1 + n / df[id]!);
    });
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
    // Sorted by term id, so two vectors' dot product is one merge.
    const order = bag.ids.map((_, k) => k).sort((x, y) => bag.ids[x]! - bag.ids[y]!);
    return { terms: Int32Array.from(order, (k) => bag.ids[k]!), weights: Float64Array.from(order, (k) => weights[k]! / norm) };
  });
  return { vectors, df, terms: dictionary.size };
}

/**
 * The terms of a vector that any note at least `threshold` alike must share
 * with it, in one order used for every note (rarest word first). Taking terms
 * in that order until the rest weigh less than the threshold: two notes that
 * alike share a term, and the first term they share (in that order) lies in
 * both their prefixes — else the rest alone would be below the threshold
 * (Cauchy–Schwarz, both vectors being unit length). So only prefixes need
 * indexing and probing; common words rarely make it into one.
 */
function prefixTerms(v: Vector, threshold: number, df: Float64Array): number[] {
  const order = Array.from(v.terms.keys()).sort((a, b) => df[v.terms[a]!]! - df[v.terms[b]!]! || v.terms[a]! - v.terms[b]!);
  let rest = 0;
  for (const k of order) rest += v.weights[k]! ** 2;
  const out: number[] = [];
  for (const k of order) {
    if (rest < threshold * threshold) break;
    out.push(v.terms[k]!);
    rest -= v.weights[k]! ** 2;
  }
  return out;
}

/** Cosine similarity of two notes' words, judged within the given notes (for idf). */
export function similarity(a: string, b: string, corpus: readonly string[] = []): number {
  const notes = [a, b, ...corpus].map((text, i) => ({ id: String(i), text }));
  const { vectors } = vectorise(notes);
  const [va, vb] = vectors as [Vector, Vector];
  return Math.min(1, dot(va, vb));
}

/** How many later notes one note is paired with at most. */
const MATCHES_PER_NOTE = 8;

/** Dot product of two unit vectors with sorted terms. */
function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let x = 0, y = 0; x < a.terms.length && y < b.terms.length;) {
    const ta = a.terms[x]!;
    const tb = b.terms[y]!;
    if (ta === tb) sum += a.weights[x++]! * b.weights[y++]!;
    else if (ta < tb) x++;
    else y++;
  }
  return sum;
}

/**
 * Pairs of notes at or above the threshold, as [i, j, score], best first.
 * Exact, without comparing every pair: two notes that alike share a term of
 * both their prefixes (prefixTerms), so only prefixes are indexed and probed,
 * and each candidate pair then gets its exact cosine.
 */
export function similarPairs(
  notes: readonly NoteText[], threshold: number, options: { perNote?: number; exhaustive?: boolean } = {},
): [number, number, number][] {
  const { vectors, df, terms } = vectorise(notes);
  const n = notes.length;
  // Note i's weights spread over every term id: a candidate's dot product is then one pass over its own terms.
  const spread = new Float64Array(terms);
  const perNote = options.perNote ?? MATCHES_PER_NOTE;
  // `exhaustive` indexes every term: every pair sharing a word is compared (for tests of the prefix filter).
  const prefixes = vectors.map((v) => (options.exhaustive ? Array.from(v.terms) : prefixTerms(v, threshold, df)));
  const index = new Map<number, number[]>();
  prefixes.forEach((terms, j) => {
    for (const term of terms) {
      const list = index.get(term);
      if (list) list.push(j);
      else index.set(term, [j]);
    }
  });
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    for (let k = 0; k < v.terms.length; k++) spread[v.terms[k]!] = v.weights[k]!;
    for (const term of prefixes[i]!) {
      const list = index.get(term)!;
      // Each pair once: only later notes; lists are in note order.
      for (let p = list.length - 1; p >= 0; p--) {
        const j = list[p]!;
        if (j <= i) break;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    }
    // Keep each note's few best matches only: a board of near-identical notes
    // would otherwise yield millions of pairs to sort.
    const found: [number, number, number][] = [];
    for (const j of touched) {
      seen[j] = 0;
      const u = vectors[j]!;
      let score = 0;
      for (let k = 0; k < u.terms.length; k++) score += u.weights[k]! * spread[u.terms[k]!]!;
      if (score >= threshold) found.push([i, j, Math.min(1, score)]);
    }
    touched.length = 0;
    for (let k = 0; k < v.terms.length; k++) spread[v.terms[k]!] = 0;
    if (found.length > perNote) found.sort((a, b) => b[2] - a[2]).length = perNote;
    for (const pair of found) pairs.push(pair);
  }
  return pairs.sort((a, b) => b[2] - a[2]);
}

/** A suggestion bigger than this is no longer "these say the same thing". */
export const MAX_GROUP_SIZE = 6;

/**
 * Groups of likely duplicates, best first. Pairs are taken best first: two
 * loose notes start a group; a loose note joins the group of its match while
 * the group is small; two groups are never merged (chains of "A like B like C"
 * would otherwise sweep a themed board into one giant suggestion). Dismissed
 * pairs are skipped.
 */
export function findDuplicates(notes: readonly NoteText[], options: DuplicateOptions = {}): DuplicateGroup[] {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const dismissed = options.dismissed ?? new Set<string>();
  const groupOf = new Int32Array(notes.length).fill(-1);
  const groups: { members: number[]; score: number }[] = [];
  for (const [i, j, score] of similarPairs(notes, threshold)) {
    if (dismissed.size > 0 && dismissed.has(pairKey(notes[i]!.id, notes[j]!.id))) continue;
    const [gi, gj] = [groupOf[i]!, groupOf[j]!];
    if (gi === -1 && gj === -1) {
      groupOf[i] = groupOf[j] = groups.length;
      groups.push({ members: [i, j], score });
    } else if ((gi === -1) !== (gj === -1)) {
      const group = groups[gi === -1 ? gj : gi]!;
      const loose = gi === -1 ? i : j;
      if (group.members.length >= MAX_GROUP_SIZE) continue;
      // The newcomer must not be a pair someone dismissed with any member.
      if (dismissed.size > 0 && group.members.some((m) => dismissed.has(pairKey(notes[m]!.id, notes[loose]!.id)))) continue;
      group.members.push(loose);
      groupOf[loose] = gi === -1 ? gj : gi;
    }
  }
  const out = groups.map((g) => ({ ids: [...g.members].sort((a, b) => a - b).map((m) => notes[m]!.id), score: g.score }));
  out.sort((a, b) => b.score - a.score || a.ids[0]!.localeCompare(b.ids[0]!));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
