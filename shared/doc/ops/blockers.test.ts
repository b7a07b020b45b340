import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { forkDoc, newWorkshop, recordTransactions, syncDocs } from '../../../test/helpers/workshop-doc.js';
import { readBlocker, readIdea } from '../read.js';
import { blockersMap, ideasMap, MAX_NOTE_LENGTH } from '../schema.js';
import { validateDoc } from '../validate.js';
import { LOCAL_ORIGIN } from '../origin.js';
import {
  OpError, addBlocker, addIdea, addTheme, deleteBlocker, editBlockerText, moveBlocker, moveBlockers, updateBlocker, updateMeta,
} from './index.js';

const blocker = (doc: Y.Doc, id: string) => readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>);

describe('blocker ops', () => {
  test('addBlocker stores every field with defaults, in one local transaction', () => {
    const { doc, me } = newWorkshop();
    let id = '';
    const origins = recordTransactions(doc, () => {
      id = addBlocker(doc, { text: 'Typing the same referral into two systems', authorId: me, category: 'duplicate-data-entry', minutesPerWeek: 90 });
    });
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(id).toMatch(/^blocker:[A-Za-z0-9_-]{12}$/);
    expect(blocker(doc, id)).toMatchObject({
      id, text: 'Typing the same referral into two systems', category: 'duplicate-data-entry', scope: null, affects: '',
      frequency: null, minutesPerWeek: 90, evidence: '', authorId: me, x: 0, y: 0, themeId: null,
    });
    const map = blockersMap(doc).get(id) as Y.Map<unknown>;
    expect(map.get('text')).toBeInstanceOf(Y.Text);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('an anonymous workshop drops the author', () => {
    const { doc, me } = newWorkshop();
    updateMeta(doc, { anonymous: true });
    const id = addBlocker(doc, { text: 'Sign-off waits', authorId: me });
    expect(blocker(doc, id).authorId).toBeNull();
  });

  test.each([
    [{ text: '' }, /cannot be empty/],
    [{ text: '   ' }, /cannot be empty/],
    [{ text: 'x'.repeat(MAX_NOTE_LENGTH + 1) }, /the limit is 500/],
    [{ text: 'ok', category: 'paperwork' }, /Category must be one of/],
    [{ text: 'ok', minutesPerWeek: -5 }, /Minutes lost per week must be at least 0/],
    [{ text: 'ok', minutesPerWeek: '60' }, /Minutes lost per week must be a number/],
    [{ text: 'ok', scope: 'galaxy' }, /Scope of control must be one of/],
    [{ text: 'ok', authorId: 'participant:nobody' }, /no participant with id/],
    [{ text: 'ok', themeId: 'theme:nothing' }, /no theme with id/],
    [{ text: 'ok', createdAt: 5 }, /"createdAt" cannot be changed/],
  ])('addBlocker refuses %j', (input, message) => {
    const { doc } = newWorkshop();
    const origins = recordTransactions(doc, () => {
      expect(() => addBlocker(doc, input as never)).toThrow(message);
    });
    expect(origins).toEqual([]);
    expect(blockersMap(doc).size).toBe(0);
  });

  test('editBlockerText makes a minimal change, so concurrent typing merges', () => {
    const { doc: a } = newWorkshop();
    const id = addBlocker(a, { text: 'Forms take long' });
    const b = forkDoc(a);
    editBlockerText(a, id, 'Referral forms take long');
    editBlockerText(b, id, 'Forms take long to sign off');
    syncDocs(a, b);
    expect(blocker(a, id).text).toBe('Referral forms take long to sign off');
    expect(blocker(b, id).text).toBe(blocker(a, id).text);
  });

  test('editBlockerText: one transaction, and refuses unknown ids and empty text', () => {
    const { doc } = newWorkshop();
    const id = addBlocker(doc, { text: 'Meetings' });
    expect(recordTransactions(doc, () => editBlockerText(doc, id, 'Too many meetings'))).toEqual([LOCAL_ORIGIN]);
    expect(() => editBlockerText(doc, 'blocker:missing', 'x')).toThrow(OpError);
    expect(() => editBlockerText(doc, id, '')).toThrow(/cannot be empty/);
    expect(blocker(doc, id).text).toBe('Too many meetings');
  });

  test('updateBlocker changes plain fields and refuses the words', () => {
    const { doc } = newWorkshop();
    const theme = addTheme(doc, { name: 'Paperwork' });
    const id = addBlocker(doc, { text: 'Forms' });
    expect(recordTransactions(doc, () => updateBlocker(doc, id, { scope: 'our-service', frequency: 'daily', themeId: theme, minutesPerWeek: null }))).toEqual([LOCAL_ORIGIN]);
    expect(blocker(doc, id)).toMatchObject({ scope: 'our-service', frequency: 'daily', themeId: theme, minutesPerWeek: null });
    expect(() => updateBlocker(doc, id, { text: 'x' } as never)).toThrow(/editBlockerText/);
    expect(() => updateBlocker(doc, id, { frequency: 'hourly' } as never)).toThrow(/How often must be one of/);
    expect(() => updateBlocker(doc, 'blocker:gone', { scope: null })).toThrow(/no blocker/);
  });

  test('moveBlocker and moveBlockers: one transaction for a whole multi-selection', () => {
    const { doc } = newWorkshop();
    const ids = [addBlocker(doc, { text: 'a' }), addBlocker(doc, { text: 'b' }), addBlocker(doc, { text: 'c' })];
    expect(recordTransactions(doc, () => moveBlocker(doc, ids[0] as string, 10, 20))).toEqual([LOCAL_ORIGIN]);
    expect(blocker(doc, ids[0] as string)).toMatchObject({ x: 10, y: 20 });
    const origins = recordTransactions(doc, () => moveBlockers(doc, ids.map((id, i) => ({ id, x: i * 100, y: -i }))));
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(ids.map((id) => [blocker(doc, id).x, blocker(doc, id).y])).toEqual([[0, -0], [100, -1], [200, -2]]);
    expect(() => moveBlockers(doc, [{ id: ids[1] as string, x: 5, y: 5 }, { id: 'blocker:gone', x: 1, y: 1 }])).toThrow(/no blocker/);
    expect(blocker(doc, ids[1] as string).x).toBe(100); // nothing moved
    expect(() => moveBlocker(doc, ids[0] as string, Number.NaN, 0)).toThrow(/must be a number/);
    expect(() => moveBlocker(doc, ids[0] as string, 1e9, 0)).toThrow(/at most/);
  });

  test('deleteBlocker removes it and unlinks it from ideas in one transaction', () => {
    const { doc } = newWorkshop();
    const id = addBlocker(doc, { text: 'Travel' });
    const keep = addBlocker(doc, { text: 'Forms' });
    const idea = addIdea(doc, { text: 'Patches', blockerIds: [id, keep] });
    expect(recordTransactions(doc, () => deleteBlocker(doc, id))).toEqual([LOCAL_ORIGIN]);
    expect(blockersMap(doc).has(id)).toBe(false);
    expect(readIdea(ideasMap(doc).get(idea) as Y.Map<unknown>).blockerIds).toEqual([keep]);
    expect(() => deleteBlocker(doc, id)).toThrow(/no blocker/);
  });

  test('undo (tracking LOCAL_ORIGIN) takes back a whole drag and never a colleague\'s edit', () => {
    const { doc } = newWorkshop();
    const ids = [addBlocker(doc, { text: 'a' }), addBlocker(doc, { text: 'b' })];
    const colleague = forkDoc(doc);
    const undo = new Y.UndoManager([blockersMap(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    moveBlockers(doc, ids.map((id) => ({ id, x: 500, y: 500 })));
    editBlockerText(colleague, ids[0] as string, 'a, said better');
    syncDocs(doc, colleague);
    undo.undo();
    expect(ids.map((id) => [blocker(doc, id).x, blocker(doc, id).y])).toEqual([[0, 0], [0, 0]]);
    expect(blocker(doc, ids[0] as string).text).toBe('a, said better');
  });
});
