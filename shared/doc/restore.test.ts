import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { newWorkshop } from '../../test/helpers/workshop-doc.js';
import { readWorkshop } from './read.js';
import { RestoreError, restoreFromUpdate, validateDoc } from './restore.js';
import { SCHEMA_VERSION, blockersMap, metaMap, sectionsMap } from './schema.js';
import { addBlocker, addIdea, addRound, addSection, addTheme, castVote, setRoundStatus } from './ops/index.js';

function richWorkshop(): Y.Doc {
  const { doc, me } = newWorkshop();
  const theme = addTheme(doc, { name: 'Paperwork' });
  const blocker = addBlocker(doc, { text: 'Duplicate forms', themeId: theme, minutesPerWeek: 45, authorId: me, x: 120, y: -40 });
  const idea = addIdea(doc, { text: 'One shared form', blockerIds: [blocker], scope: 'our-service' });
  const round = addRound(doc, { title: 'Round 1', itemIds: [idea] });
  setRoundStatus(doc, round, 'open');
  castVote(doc, { roundId: round, itemId: idea, voterId: me });
  const section = addSection(doc, { title: 'Vision', kind: 'vision' });
  const body = (sectionsMap(doc).get(section) as Y.Map<unknown>).get('body') as Y.XmlFragment;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('More time with families.')]);
  body.insert(0, [paragraph]);
  return doc;
}

function restoreError(update: Uint8Array): RestoreError {
  try {
    restoreFromUpdate(update);
  } catch (error) {
    if (error instanceof RestoreError) return error;
    throw error;
  }
  throw new Error('restoreFromUpdate accepted it');
}

describe('restoreFromUpdate', () => {
  test('round trip keeps every record and the blueprint prose', () => {
    const doc = richWorkshop();
    const restored = restoreFromUpdate(Y.encodeStateAsUpdate(doc));
    expect(readWorkshop(restored)).toEqual(readWorkshop(doc));
    const [sectionId] = [...sectionsMap(restored).keys()];
    const body = (sectionsMap(restored).get(sectionId as string) as Y.Map<unknown>).get('body') as Y.XmlFragment;
    expect(body.toString()).toContain('More time with families.');
    expect(validateDoc(restored)).toEqual([]);
  });

  test('empty input', () => {
    const error = restoreError(new Uint8Array());
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/empty/);
  });

  test('random bytes never get through, and always fail with a RestoreError', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) => {
      const error = restoreError(bytes);
      expect(['not-yjs', 'not-a-workshop', 'incomplete', 'invalid-record']).toContain(error.code);
    }), { numRuns: 400 });
    expect(restoreError(new TextEncoder().encode('{"title":"a JSON file"}')).message).toMatch(/is not a Small Changes Studio (file|workshop)/);
  });

  test('every truncation of a saved workshop is refused, never half-loaded', () => {
    const update = Y.encodeStateAsUpdate(richWorkshop());
    const codes = new Set<string>();
    for (let length = 1; length < update.length; length += Math.max(1, Math.floor(update.length / 150))) {
      codes.add(restoreError(update.subarray(0, length)).code);
    }
    expect([...codes].every((c) => ['not-yjs', 'incomplete', 'not-a-workshop', 'invalid-record'].includes(c))).toBe(true);
  });

  test('a later update without the one before it is incomplete', () => {
    const doc = richWorkshop();
    const sv = Y.encodeStateVector(doc);
    addBlocker(doc, { text: 'Travel' });
    const error = restoreError(Y.encodeStateAsUpdate(doc, sv));
    expect(error.code).toBe('incomplete');
    expect(error.message).toMatch(/incomplete/);
  });

  test('a valid Yjs update that is not a workshop', () => {
    const other = new Y.Doc();
    other.getText('notes').insert(0, 'shopping list');
    const error = restoreError(Y.encodeStateAsUpdate(other));
    expect(error.code).toBe('not-a-workshop');
    expect(error.message).toBe('This file is not a Small Changes Studio workshop: it has no workshop details.');
  });

  test('a workshop from a newer version is refused with a clear message', () => {
    const { doc } = newWorkshop();
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 2);
    const error = restoreError(Y.encodeStateAsUpdate(doc));
    expect(error.code).toBe('newer-version');
    expect(error.message).toBe(`This workshop was saved by a newer version of Small Changes Studio (schema ${SCHEMA_VERSION + 2}). Update the app to open it.`);
  });

  test.each([
    ['a number that is text', (d: Y.Doc, id: string) => (blockersMap(d).get(id) as Y.Map<unknown>).set('minutesPerWeek', 'sixty'), /minutes lost per week must be a number \(found the text "sixty"\)/],
    ['words that are a plain string', (d: Y.Doc, id: string) => (blockersMap(d).get(id) as Y.Map<unknown>).set('text', 'plain'), /words must be collaborative text/],
    ['an unknown category', (d: Y.Doc, id: string) => (blockersMap(d).get(id) as Y.Map<unknown>).set('category', 'gossip'), /category must be one of/],
    ['an unknown field', (d: Y.Doc, id: string) => (blockersMap(d).get(id) as Y.Map<unknown>).set('childName', 'x'), /unknown field "childName"/],
    ['a record that is not a map', (d: Y.Doc) => blockersMap(d).set('blocker:flat', 'just text' as never), /Blocker "blocker:flat" is not a record/],
    ['a key with the wrong prefix', (d: Y.Doc, id: string) => blockersMap(d).set('theme:oops', (blockersMap(d).get(id) as Y.Map<unknown>).clone()), /id must start with "blocker:"/],
    ['bad workshop details', (d: Y.Doc) => metaMap(d).set('teamSize', -3), /Workshop details: team size must be at least 1/],
    ['an unknown part', (d: Y.Doc) => d.getArray('extra').insert(0, [1]), /unknown part "extra"/],
  ])('a record with broken fields is refused: %s', (_name, breakIt, message) => {
    const { doc } = newWorkshop();
    const id = addBlocker(doc, { text: 'Forms' });
    breakIt(doc, id);
    const error = restoreError(Y.encodeStateAsUpdate(doc));
    expect(error.code).toBe('invalid-record');
    expect(error.message).toMatch(/^This workshop cannot be opened because part of it is damaged: /);
    expect(error.message).toMatch(message);
  });
});
