import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readBlocker } from '../read.js';
import { blockersMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { addBlocker, deleteBlocker, markSameBlockers, unmarkSameBlocker, updateBlocker } from './index.js';

const sameAs = (doc: Y.Doc, id: string) => readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>).sameAs;

describe('marking notes as the same', () => {
  test('the earliest note is kept; the others point at it, chains stay one step long', () => {
    const { doc } = newWorkshop();
    vi.useFakeTimers();
    const ids: string[] = [];
    for (const text of ['Forms ask for the same thing', 'The same form three times', 'Filling in forms twice', 'Form duplication']) {
      vi.advanceTimersByTime(1000);
      ids.push(addBlocker(doc, { text }));
    }
    vi.useRealTimers();
    const [a, b, c, d] = ids as [string, string, string, string];
    expect(recordTransactions(doc, () => expect(markSameBlockers(doc, [c, b])).toBe(b))).toEqual([LOCAL_ORIGIN]);
    expect(sameAs(doc, c)).toBe(b);
    // Marking b (already the head of c's group) with a: a is earlier, so b and c now point at a.
    expect(markSameBlockers(doc, [b, a, d])).toBe(a);
    expect([a, b, c, d].map((id) => sameAs(doc, id))).toEqual([null, a, a, a]);
    expect(() => markSameBlockers(doc, [b, c])).toThrow(/two different notes/);
    unmarkSameBlocker(doc, c);
    expect(sameAs(doc, c)).toBeNull();
  });

  test('deleting the note others point at frees them; bad links are refused', () => {
    const { doc } = newWorkshop();
    const a = addBlocker(doc, { text: 'Travel' });
    const b = addBlocker(doc, { text: 'Driving' });
    updateBlocker(doc, b, { sameAs: a });
    expect(() => updateBlocker(doc, a, { sameAs: a })).toThrow(/itself/);
    expect(() => updateBlocker(doc, a, { sameAs: 'blocker:gone' })).toThrow(/no blocker/);
    expect(() => markSameBlockers(doc, [a, 'blocker:gone'])).toThrow(/no blocker/);
    deleteBlocker(doc, a);
    expect(sameAs(doc, b)).toBeNull();
  });
});

