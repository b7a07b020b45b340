import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { forkDoc, newWorkshop, recordTransactions, syncDocs } from '../../../test/helpers/workshop-doc.js';
import { readBlocker, readWorkshop } from '../read.js';
import { blockersMap, categoriesMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { validateDoc } from '../validate.js';
import {
  addBlocker, addCategory, deleteCategory, recolourCategory, renameCategory, seedOverrideId, updateBlocker,
} from './index.js';

describe('category ops', () => {
  test('addCategory adds a workshop category that notes can be put in', () => {
    const { doc } = newWorkshop();
    let id = '';
    expect(recordTransactions(doc, () => { id = addCategory(doc, { name: 'Court work', colour: '#c9e4ff' }); })).toEqual([LOCAL_ORIGIN]);
    expect(id).toMatch(/^category:[A-Za-z0-9_-]{12}$/);
    expect(readWorkshop(doc).categories[id]).toMatchObject({ name: 'Court work', colour: '#C9E4FF', seedId: null });
    const note = addBlocker(doc, { text: 'Court bundles printed three times', category: id as `category:${string}` });
    expect(readBlocker(blockersMap(doc).get(note) as Y.Map<unknown>).category).toBe(id);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('refuses unreadable colours, duplicate names and unknown categories, changing nothing', () => {
    const { doc } = newWorkshop();
    const origins = recordTransactions(doc, () => {
      expect(() => addCategory(doc, { name: 'Dark', colour: '#202020' })).toThrow(/too dark/);
      expect(() => addCategory(doc, { name: 'Odd', colour: 'pink' })).toThrow(/#RRGGBB/);
      expect(() => addCategory(doc, { name: 'forms', colour: '#FFFFFF' })).toThrow(/already a category called "forms"/);
      expect(() => addCategory(doc, { name: ' ', colour: '#FFFFFF' })).toThrow(/cannot be empty/);
      expect(() => addBlocker(doc, { text: 'x', category: 'category:nothing' })).toThrow(/no category/);
      expect(() => renameCategory(doc, 'category:nothing', 'y')).toThrow(/no category/);
    });
    expect(origins).toEqual([]);
    expect(categoriesMap(doc).size).toBe(0);
  });

  test('a seeded category is reworded and recoloured through one override record; notes keep the seeded id', () => {
    const { doc } = newWorkshop();
    const note = addBlocker(doc, { text: 'Sign-off for food vouchers', category: 'sign-off-chains' });
    renameCategory(doc, 'sign-off-chains', 'Sign-off and approvals');
    recolourCategory(doc, 'sign-off-chains', '#FFD6CC');
    const override = readWorkshop(doc).categories[seedOverrideId('sign-off-chains')];
    expect(override).toMatchObject({ name: 'Sign-off and approvals', colour: '#FFD6CC', seedId: 'sign-off-chains' });
    expect(categoriesMap(doc).size).toBe(1);
    expect(readBlocker(blockersMap(doc).get(note) as Y.Map<unknown>).category).toBe('sign-off-chains');
    expect(() => addBlocker(doc, { text: 'x', category: seedOverrideId('sign-off-chains') as `category:${string}` })).toThrow(/rewords a seeded one/);
    expect(() => deleteCategory(doc, 'sign-off-chains')).toThrow(/cannot be removed/);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('two people renaming one added category at once keep both their words', () => {
    const { doc: a } = newWorkshop();
    const id = addCategory(a, { name: 'Court', colour: '#FFFFFF' });
    const b = forkDoc(a);
    renameCategory(a, id, 'Court work');
    renameCategory(b, id, 'Court and tribunals');
    syncDocs(a, b);
    expect(readWorkshop(a).categories[id]?.name).toBe(readWorkshop(b).categories[id]?.name);
    expect(readWorkshop(a).categories[id]?.name).toContain('work');
  });

  test('deleting an added category moves its notes to Other in one step', () => {
    const { doc } = newWorkshop();
    const id = addCategory(doc, { name: 'Court work', colour: '#FFFFFF' }) as `category:${string}`;
    const note = addBlocker(doc, { text: 'Bundles', category: id });
    const other = addBlocker(doc, { text: 'Forms', category: 'forms' });
    expect(recordTransactions(doc, () => deleteCategory(doc, id))).toEqual([LOCAL_ORIGIN]);
    expect(readBlocker(blockersMap(doc).get(note) as Y.Map<unknown>).category).toBe('other');
    expect(readBlocker(blockersMap(doc).get(other) as Y.Map<unknown>).category).toBe('forms');
    expect(() => updateBlocker(doc, note, { category: id })).toThrow(/no category/);
  });
});
