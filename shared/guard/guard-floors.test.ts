// The guard's measured quality must not slip. Floors sit a little under what
// `npm run bench:guard` measured when they were set (see the numbers beside
// each); raise them when the guard improves, never lower them to pass.
import { describe, expect, it } from 'vitest';
import { loadLabelledNotes, scoreNotes } from '../../test/helpers/guard-metrics';

const notes = loadLabelledNotes();
const labelled = scoreNotes(notes.filter((n) => n.split !== 'challenge')).scores;
const holdout = scoreNotes(notes.filter((n) => n.split === 'holdout')).scores;
const challenge = scoreNotes(notes.filter((n) => n.split === 'challenge')).scores;

describe('child-data guard on the labelled notes', () => {
  it('has at least 200 labelled notes (tune + holdout), about half holding personal data, and a held-out third', () => {
    expect(labelled.notes).toBeGreaterThanOrEqual(200);
    const withData = labelled.note.tp + labelled.note.fn;
    expect(withData / labelled.notes).toBeGreaterThan(0.4);
    expect(withData / labelled.notes).toBeLessThan(0.65);
    expect(holdout.notes / labelled.notes).toBeGreaterThanOrEqual(0.3);
  });

  it('flags notes with personal data and leaves clean ones alone (measured 1.0 / 1.0)', () => {
    expect(labelled.note.recall).toBeGreaterThanOrEqual(0.95);
    expect(labelled.note.precision).toBeGreaterThanOrEqual(0.95);
    expect(labelled.kinds.recall).toBeGreaterThanOrEqual(0.95);
    expect(labelled.kinds.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('misses almost no NHS number, date of birth or email (measured 1.0 each)', () => {
    expect(labelled.byKind['nhs-number'].recall).toBeGreaterThanOrEqual(0.95);
    expect(labelled.byKind['date-of-birth'].recall).toBeGreaterThanOrEqual(0.95);
    expect(labelled.byKind.email.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('holds up on the held-out third (measured 1.0 / 1.0)', () => {
    expect(holdout.note.recall).toBeGreaterThanOrEqual(0.95);
    expect(holdout.note.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps its honest score on the harder challenge notes (measured P 0.892, R 0.786)', () => {
    expect(challenge.note.precision).toBeGreaterThanOrEqual(0.85);
    expect(challenge.note.recall).toBeGreaterThanOrEqual(0.75);
  });
});

describe('loadLabelledNotes', () => {
  it('refuses a malformed fixture with the item that is wrong', () => {
    expect(() => loadLabelledNotes({})).toThrow(/no "items" list/);
    expect(() => loadLabelledNotes({ items: [{ text: 'x', expected: [], split: 'tune' }, { text: 'y' }] })).toThrow(/item 1 needs/);
    expect(() => loadLabelledNotes({ items: [{ text: 'x', expected: ['shoe-size'], split: 'tune' }] })).toThrow(/unknown kind "shoe-size"/);
  });
});
