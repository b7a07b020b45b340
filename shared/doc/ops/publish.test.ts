import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readBlocker, readMeta } from '../read.js';
import { blockersMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { validateDoc } from '../validate.js';
import { publishBlockers, updateMeta } from './index.js';

describe('publishing privately written notes', () => {
  test('adds them all in one step with their own ids and times, and a second publish adds nothing', () => {
    const { doc, me } = newWorkshop();
    const notes = [
      { id: 'blocker:private00001', text: 'Mileage forms on paper', minutesPerWeek: 20, createdAt: 1_700_000_000_000, authorId: me },
      { id: 'blocker:private00002', text: 'Two systems for one referral', category: 'duplicate-data-entry' as const, x: 40, y: 60 },
    ];
    let ids: string[] = [];
    expect(recordTransactions(doc, () => { ids = publishBlockers(doc, notes); })).toEqual([LOCAL_ORIGIN]);
    expect(ids).toEqual(['blocker:private00001', 'blocker:private00002']);
    expect(readBlocker(blockersMap(doc).get(ids[0]!) as Y.Map<unknown>)).toMatchObject({ text: 'Mileage forms on paper', createdAt: 1_700_000_000_000, authorId: me });
    expect(recordTransactions(doc, () => expect(publishBlockers(doc, notes)).toEqual([]))).toEqual([]);
    expect(blockersMap(doc).size).toBe(2);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('an anonymous workshop publishes without authors; bad notes stop the whole batch', () => {
    const { doc, me } = newWorkshop();
    updateMeta(doc, { anonymous: true, privateWriting: true });
    expect(readMeta(doc).privateWriting).toBe(true);
    const [id] = publishBlockers(doc, [{ id: 'blocker:private00003', text: 'Panel papers', authorId: me }]);
    expect(readBlocker(blockersMap(doc).get(id!) as Y.Map<unknown>).authorId).toBeNull();
    expect(() => publishBlockers(doc, [{ id: 'blocker:ok000000001', text: 'fine' }, { id: 'blocker:bad00000001', text: '' }])).toThrow(/cannot be empty/);
    expect(() => publishBlockers(doc, [{ id: 'theme:x', text: 'fine' }])).toThrow(/must start with "blocker:"/);
    expect(blockersMap(doc).has('blocker:ok000000001')).toBe(false);
  });
});
