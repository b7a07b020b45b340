import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { forkDoc, newWorkshop, recordTransactions, syncDocs } from '../../../test/helpers/workshop-doc.js';
import { readBlocker, readRound, readTheme } from '../read.js';
import { blockersMap, roundsMap, themesMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { addBlocker, addRound, addTheme, deleteTheme, renameTheme, setBlockerTheme } from './index.js';

const theme = (doc: Y.Doc, id: string) => readTheme(themesMap(doc).get(id) as Y.Map<unknown>);
const blocker = (doc: Y.Doc, id: string) => readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>);

describe('theme ops', () => {
  test('addTheme and renameTheme: Y.Text name, one local transaction each', () => {
    const { doc } = newWorkshop();
    let id = '';
    expect(recordTransactions(doc, () => { id = addTheme(doc, { name: 'Paperwork' }); })).toEqual([LOCAL_ORIGIN]);
    expect(id).toMatch(/^theme:/);
    expect((themesMap(doc).get(id) as Y.Map<unknown>).get('name')).toBeInstanceOf(Y.Text);
    expect(recordTransactions(doc, () => renameTheme(doc, id, 'Paperwork and forms'))).toEqual([LOCAL_ORIGIN]);
    expect(theme(doc, id).name).toBe('Paperwork and forms');
    expect(() => addTheme(doc, { name: '' })).toThrow(/cannot be empty/);
    expect(() => renameTheme(doc, id, 'x'.repeat(121))).toThrow(/limit is 120/);
    expect(() => renameTheme(doc, 'theme:gone', 'x')).toThrow(/no theme/);
  });

  test('two people renaming at once both keep their words', () => {
    const { doc: a } = newWorkshop();
    const id = addTheme(a, { name: 'Forms' });
    const b = forkDoc(a);
    renameTheme(a, id, 'Long forms');
    renameTheme(b, id, 'Forms and sign-off');
    syncDocs(a, b);
    expect(theme(a, id).name).toBe('Long forms and sign-off');
    expect(theme(b, id).name).toBe(theme(a, id).name);
  });

  test('setBlockerTheme groups several blockers in one transaction', () => {
    const { doc } = newWorkshop();
    const t = addTheme(doc, { name: 'Meetings' });
    const ids = [addBlocker(doc, { text: 'a' }), addBlocker(doc, { text: 'b' })];
    expect(recordTransactions(doc, () => setBlockerTheme(doc, ids, t))).toEqual([LOCAL_ORIGIN]);
    expect(ids.map((id) => blocker(doc, id).themeId)).toEqual([t, t]);
    expect(() => setBlockerTheme(doc, ids, 'theme:gone')).toThrow(/no theme/);
    expect(() => setBlockerTheme(doc, [...ids, 'blocker:gone'], null)).toThrow(/no blocker/);
    expect(ids.map((id) => blocker(doc, id).themeId)).toEqual([t, t]);
    setBlockerTheme(doc, ids, null);
    expect(ids.map((id) => blocker(doc, id).themeId)).toEqual([null, null]);
  });

  test('deleteTheme unthemes its blockers and leaves draft ballots', () => {
    const { doc } = newWorkshop();
    const t = addTheme(doc, { name: 'Travel' });
    const other = addTheme(doc, { name: 'Forms' });
    const b = addBlocker(doc, { text: 'Driving across the county', themeId: t });
    const round = addRound(doc, { title: 'Which theme first?', ballot: 'themes', itemIds: [t, other] });
    expect(recordTransactions(doc, () => deleteTheme(doc, t))).toEqual([LOCAL_ORIGIN]);
    expect(themesMap(doc).has(t)).toBe(false);
    expect(blocker(doc, b).themeId).toBeNull();
    expect(readRound(roundsMap(doc).get(round) as Y.Map<unknown>).itemIds).toEqual([other]);
    expect(() => deleteTheme(doc, t)).toThrow(/no theme/);
  });
});
