import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { newWorkshop, syncDocs } from '../../test/helpers/workshop-doc.js';
import { ANONYMOUS_ORIGIN, AnonymousWriter } from './anonymous-writer.js';
import { readBlocker, readWorkshop } from './read.js';
import { blockersMap, themesMap, metaMap, categoriesMap } from './schema.js';
import {
  addBlocker, addTheme, editBlockerText, groupBlockers, moveBlockers, publishBlockers, updateBlocker, updateMeta,
} from './ops/index.js';
import { validateDoc } from './validate.js';

/** Every clientID that made an item anywhere under a type, tombstones included. */
// `any`: a Y.Map<T> is not assignable to AbstractType<unknown>.
function clientIdsUnder(type: Y.AbstractType<any>, out = new Set<number>()): Set<number> {
  const visit = (item: Y.Item | null) => {
    for (let it = item; it !== null; it = it.left) {
      out.add(it.id.client);
      if (it.content instanceof Y.ContentType) clientIdsUnder(it.content.type as Y.AbstractType<unknown>, out);
    }
  };
  for (const item of type._map.values()) visit(item);
  for (let it = type._start; it !== null; it = it.right) {
    out.add(it.id.client);
    if (it.content instanceof Y.ContentType) clientIdsUnder(it.content.type as Y.AbstractType<unknown>, out);
  }
  return out;
}

/** The clientIDs of one blocker's record: the root entry and everything inside it. */
function blockerClientIds(doc: Y.Doc, id: string): Set<number> {
  const entry = blockersMap(doc)._map.get(id);
  const out = new Set<number>();
  for (let it = entry ?? null; it !== null; it = it.left) out.add(it.id.client);
  const map = blockersMap(doc).get(id);
  if (map instanceof Y.Map) clientIdsUnder(map, out);
  return out;
}

const undoScope = (doc: Y.Doc) => [metaMap(doc), blockersMap(doc), themesMap(doc), categoriesMap(doc)];

function anonymousRoom() {
  const { doc, me } = newWorkshop();
  updateMeta(doc, { anonymous: true });
  const presence = new Awareness(doc);
  presence.setLocalState({ user: { name: 'Sam' } });
  const writer = new AnonymousWriter(doc, { undoScope, avoid: () => presence.getStates().keys() });
  return { doc, me, presence, writer };
}

describe('AnonymousWriter', () => {
  test('a note written anonymously carries no clientID seen in presence, and no author', () => {
    const { doc, me, presence, writer } = anonymousRoom();
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    const id = writer.write((d) => addBlocker(d, { text: 'Panel papers are retyped into the minutes', authorId: me, minutesPerWeek: 45 }));
    expect(origins).toEqual([ANONYMOUS_ORIGIN]);
    expect(readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>)).toMatchObject({ text: 'Panel papers are retyped into the minutes', authorId: null, minutesPerWeek: 45 });

    // What every other laptop receives: the encoded state, decoded afresh.
    const received = new Y.Doc();
    Y.applyUpdate(received, Y.encodeStateAsUpdate(doc));
    const ids = blockerClientIds(received, id);
    expect(ids.size).toBeGreaterThan(0);
    for (const client of presence.getStates().keys()) expect(ids.has(client)).toBe(false);
    expect(ids.has(doc.clientID)).toBe(false);
    expect(JSON.stringify(readWorkshop(received).blockers)).not.toContain(me);
    expect(validateDoc(received)).toEqual([]);
    // The check can fail: a note written straight into the doc names the laptop.
    const named = addBlocker(doc, { text: 'Written without the writer' });
    expect(blockerClientIds(doc, named).has(doc.clientID)).toBe(true);
  });

  test('each write uses a fresh clientID, so two notes of one person cannot be linked', () => {
    const { doc, writer } = anonymousRoom();
    const a = writer.write((d) => addBlocker(d, { text: 'Forms ask for the same address three times' }));
    const b = writer.write((d) => addBlocker(d, { text: 'Mileage claims need two signatures' }));
    const idsA = blockerClientIds(doc, a);
    const idsB = blockerClientIds(doc, b);
    expect([...idsA].filter((client) => idsB.has(client))).toEqual([]);
  });

  test('edits, moves, theming and publishing of anonymous notes never use the laptop\'s clientID', () => {
    const { doc, presence, writer } = anonymousRoom();
    const id = writer.write((d) => addBlocker(d, { text: 'Sign-off takes a day' }));
    writer.write((d) => editBlockerText(d, id, 'Sign-off for a taxi takes a day'));
    writer.write((d) => updateBlocker(d, id, { scope: 'our-service', frequency: 'weekly', minutesPerWeek: 30 }));
    writer.write((d) => moveBlockers(d, [{ id, x: 400, y: 300 }]));
    writer.write((d) => groupBlockers(d, { blockerIds: [id], newThemeName: 'Sign-off' }));
    const [published] = writer.write((d) => publishBlockers(d, [{ id: 'blocker:privatenote01', text: 'Written privately', createdAt: 5 }]));
    expect(published).toBe('blocker:privatenote01');
    for (const note of [id, 'blocker:privatenote01']) {
      const ids = blockerClientIds(doc, note);
      expect(ids.has(doc.clientID)).toBe(false);
      expect([...presence.getStates().keys()].some((client) => ids.has(client))).toBe(false);
    }
    expect(readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>)).toMatchObject({ text: 'Sign-off for a taxi takes a day', x: 400, scope: 'our-service' });
  });

  test('undo and redo take back anonymous steps without naming the laptop either', () => {
    const { doc, writer } = anonymousRoom();
    const id = writer.write((d) => addBlocker(d, { text: 'Supervision gets cancelled' }));
    writer.write((d) => editBlockerText(d, id, 'Supervision gets cancelled for panels'));
    expect(writer.undoStep()).toBe(true);
    expect(readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>).text).toBe('Supervision gets cancelled');
    expect(writer.redoStep()).toBe(true);
    expect(readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>).text).toBe('Supervision gets cancelled for panels');
    expect(writer.undoStep()).toBe(true);
    expect(writer.undoStep()).toBe(true);
    expect(blockersMap(doc).has(id)).toBe(false);
    expect(writer.redoStep()).toBe(true);
    expect(blockersMap(doc).has(id)).toBe(true);
    expect(blockerClientIds(doc, id).has(doc.clientID)).toBe(false);
  });

  test('follows the shared doc, and a colleague\'s edit is never undone', () => {
    const { doc, writer } = anonymousRoom();
    const colleague = new Y.Doc();
    syncDocs(doc, colleague);
    const id = writer.write((d) => addBlocker(d, { text: 'Travel to the far patch' }));
    syncDocs(doc, colleague);
    const theirs = addTheme(colleague, { name: 'Travel' });
    editBlockerText(colleague, id, 'Travel to the far patch takes an hour');
    syncDocs(doc, colleague);
    // The writer's shadow saw the colleague's theme, so it can use it.
    writer.write((d) => updateBlocker(d, id, { themeId: theirs }));
    expect(writer.undoStep()).toBe(true); // my theme choice
    expect(readBlocker(blockersMap(doc).get(id) as Y.Map<unknown>)).toMatchObject({ themeId: null, text: 'Travel to the far patch takes an hour' });
    expect(writer.undoStep()).toBe(true); // my note
    expect(blockersMap(doc).has(id)).toBe(false);
    expect(writer.undoStep()).toBe(false); // nothing of the colleague's
    expect(themesMap(doc).has(theirs)).toBe(true);
    writer.destroy();
    expect(() => writer.write((d) => addBlocker(d, { text: 'x' }))).toThrow(/closed/);
  });
});
