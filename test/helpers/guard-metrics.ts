// Precision and recall of the child-data guard on the labelled notes in
// test/fixtures/child-data-notes.json. Shared by the benchmark and the floors test.
import fixture from '../fixtures/child-data-notes.json';
import { findPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind } from '../../shared/guard/index';

export type Split = 'tune' | 'holdout' | 'challenge';
const SPLITS: readonly string[] = ['tune', 'holdout', 'challenge'];

export interface LabelledNote {
  text: string;
  expected: PersonalDataKind[];
  split: Split;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface SplitScores {
  notes: number;
  /** A note counts as flagged if the guard finds anything in it. */
  note: Score;
  /** Each (note, kind) pair: found kinds against expected kinds, pooled over kinds. */
  kinds: Score;
  byKind: Record<PersonalDataKind, Score>;
}

export interface Miss {
  text: string;
  expected: PersonalDataKind[];
  found: { kind: PersonalDataKind; match: string }[];
}

const FIXTURE = 'test/fixtures/child-data-notes.json';

/** The labelled notes, checked: a malformed item stops the run with its index. */
export function loadLabelledNotes(parsed: { items?: unknown } = fixture): LabelledNote[] {
  if (!Array.isArray(parsed.items)) throw new Error(`${FIXTURE} has no "items" list`);
  const kinds = new Set<string>(PERSONAL_DATA_KINDS);
  return parsed.items.map((item: unknown, i: number) => {
    const { text, expected, split } = item as Partial<LabelledNote>;
    if (typeof text !== 'string' || !Array.isArray(expected) || typeof split !== 'string' || !SPLITS.includes(split)) {
      throw new Error(`${FIXTURE}: item ${i} needs text, expected and split (${SPLITS.join(', ')})`);
    }
    for (const k of expected) if (!kinds.has(k)) throw new Error(`${FIXTURE}: item ${i} expects an unknown kind "${k}"`);
    return { text, expected, split: split as Split };
  });
}

function score(tp: number, fp: number, fn: number): Score {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    tp,
    fp,
    fn,
    precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: round(tp + fn === 0 ? 1 : tp / (tp + fn)),
  };
}

export function scoreNotes(notes: readonly LabelledNote[]): { scores: SplitScores; misses: Miss[] } {
  const note = { tp: 0, fp: 0, fn: 0 };
  const per = Object.fromEntries(PERSONAL_DATA_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    PersonalDataKind,
    { tp: number; fp: number; fn: number }
  >;
  const misses: Miss[] = [];
  for (const n of notes) {
    const findings = findPersonalData(n.text);
    const found = new Set(findings.map((f) => f.kind));
    const expected = new Set(n.expected);
    if (expected.size > 0 && found.size > 0) note.tp++;
    else if (found.size > 0) note.fp++;
    else if (expected.size > 0) note.fn++;
    let wrong = false;
    for (const k of PERSONAL_DATA_KINDS) {
      if (found.has(k) && expected.has(k)) per[k].tp++;
      else if (found.has(k)) (per[k].fp++, (wrong = true));
      else if (expected.has(k)) (per[k].fn++, (wrong = true));
    }
    if (wrong) misses.push({ text: n.text, expected: n.expected, found: findings.map((f) => ({ kind: f.kind, match: f.match })) });
  }
  const pooled = Object.values(per).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  const byKind = Object.fromEntries(PERSONAL_DATA_KINDS.map((k) => [k, score(per[k].tp, per[k].fp, per[k].fn)])) as Record<
    PersonalDataKind,
    Score
  >;
  return {
    scores: {
      notes: notes.length,
      note: score(note.tp, note.fp, note.fn),
      kinds: score(pooled.tp, pooled.fp, pooled.fn),
      byKind,
    },
    misses,
  };
}
