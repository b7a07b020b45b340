import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readBlocker } from '../read.js';
import { blockersMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { addBlocker, updateBlockers } from './index.js';

describe('updateBlockers', () => {
  test('one change to several notes is checked first, then one transaction', () => {
    const { doc } = newWorkshop();
    const ids = [addBlocker(doc, { text: 'a' }), addBlocker(doc, { text: 'b' })];
    expect(recordTransactions(doc, () => updateBlockers(doc, ids, { scope: 'my-team', category: 'travel' }))).toEqual([LOCAL_ORIGIN]);
    expect(ids.map((id) => readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>).scope)).toEqual(['my-team', 'my-team']);
    const origins = recordTransactions(doc, () => {
      expect(() => updateBlockers(doc, [...ids, 'blocker:gone'], { scope: null })).toThrow(/no blocker/);
      expect(() => updateBlockers(doc, ids, { minutesPerWeek: -1 })).toThrow(/at least 0/);
      expect(() => updateBlockers(doc, ids, { text: 'x' } as never)).toThrow(/editBlockerText/);
      expect(() => updateBlockers(doc, ids, { sameAs: ids[0]! })).toThrow(/itself/);
    });
    expect(origins).toEqual([]);
  });
});
