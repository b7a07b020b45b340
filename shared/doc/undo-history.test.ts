import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, syncDocs } from '../../test/helpers/workshop-doc.js';
import { AnonymousWriter } from './anonymous-writer.js';
import { LOCAL_ORIGIN } from './origin.js';
import { readBlocker, readTheme } from './read.js';
import { blockersMap, categoriesMap, metaMap, themesMap } from './schema.js';
import { addBlocker, addTheme, editBlockerText, moveBlockers, renameTheme, setBlockerTheme } from './ops/index.js';
import { UndoHistory } from './undo-history.js';

const scope = (doc: Y.Doc) => [metaMap(doc), blockersMap(doc), themesMap(doc), categoriesMap(doc)];
const blocker = (doc: Y.Doc, id: string) => readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>);

function laptop(doc: Y.Doc) {
  const history = new UndoHistory();
  history.add(new Y.UndoManager(scope(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 }));
  return history;
}

describe('UndoHistory', () => {
  test('Ctrl+Z on one laptop never undoes a colleague\'s edit on another', () => {
    const { doc: mine } = newWorkshop();
    const theirs = new Y.Doc();
    syncDocs(mine, theirs);
    const myHistory = laptop(mine);
    const theirHistory = laptop(theirs);

    const a = addBlocker(mine, { text: 'Duplicate data entry into two systems' });
    syncDocs(mine, theirs);
    const b = addBlocker(theirs, { text: 'Court bundles printed three times' });
    editBlockerText(theirs, a, 'Duplicate data entry into two systems every day');
    moveBlockers(theirs, [{ id: a, x: 900, y: 900 }]);
    syncDocs(mine, theirs);
    moveBlockers(mine, [{ id: b, x: 10, y: 10 }]);
    syncDocs(mine, theirs);

    expect(myHistory.undo()).toBe(true); // my move of their note
    syncDocs(mine, theirs);
    expect(blocker(theirs, b)).toMatchObject({ x: 0, y: 0 });
    expect(myHistory.undo()).toBe(true); // my note
    expect(myHistory.undo()).toBe(false); // nothing else is mine
    syncDocs(mine, theirs);
    expect(blockersMap(theirs).has(a)).toBe(false);
    expect(blockersMap(mine).has(b)).toBe(true);
    expect(blocker(mine, b).text).toBe('Court bundles printed three times');
    // Their own history is still theirs to use.
    expect(theirHistory.canUndo()).toBe(true);
  });

  test('one history across the shared doc and the anonymous writer, latest step first', () => {
    const { doc } = newWorkshop();
    const history = laptop(doc);
    const writer = new AnonymousWriter(doc, { undoScope: scope });
    history.add(writer.undo, { undo: () => writer.undoStep(), redo: () => writer.redoStep() });

    const theme = addTheme(doc, { name: 'Forms' }); // 1: shared doc
    const note = writer.write((d) => addBlocker(d, { text: 'The same form for every visit' })); // 2: anonymous
    renameTheme(doc, theme, 'Forms and letters'); // 3: shared doc
    writer.write((d) => setBlockerTheme(d, [note], theme)); // 4: anonymous

    expect(history.undo()).toBe(true);
    expect(blocker(doc, note).themeId).toBeNull();
    expect(history.undo()).toBe(true);
    expect(readTheme(themesMap(doc).get(theme) as Y.Map<unknown>).name).toBe('Forms');
    expect(history.undo()).toBe(true);
    expect(blockersMap(doc).has(note)).toBe(false);
    expect(history.redo()).toBe(true);
    expect(blockersMap(doc).has(note)).toBe(true);
    expect(history.canRedo()).toBe(true);
    // A new step makes every redo stale, in both managers.
    addBlocker(doc, { text: 'Meetings without an agenda' });
    expect(history.canRedo()).toBe(false);
    expect(history.redo()).toBe(false);
  });

  test('tells listeners when undo or redo becomes possible', () => {
    const { doc } = newWorkshop();
    const history = laptop(doc);
    let calls = 0;
    const stop = history.subscribe(() => { calls += 1; });
    expect(history.canUndo()).toBe(false);
    addBlocker(doc, { text: 'Caseload of twenty' });
    expect(history.canUndo()).toBe(true);
    history.undo();
    expect(history.canRedo()).toBe(true);
    expect(calls).toBeGreaterThanOrEqual(2);
    stop();
  });
});
