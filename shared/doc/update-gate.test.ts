import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { forkDoc, newWorkshop } from '../../test/helpers/workshop-doc.js';
import { readWorkshop } from './read.js';
import { UpdateGate, validateDoc } from './restore.js';
import { SCHEMA_VERSION, blockersMap, ideasMap, metaMap } from './schema.js';
import { addBlocker, addIdea, editBlockerText, linkIdeaToBlocker, moveBlocker } from './ops/index.js';

/** What `peer` has that `target` lacks, as one update. */
const diff = (peer: Y.Doc, target: Y.Doc) => Y.encodeStateAsUpdate(peer, Y.encodeStateVector(target));

function setup() {
  const { doc: target, me } = newWorkshop();
  const blocker = addBlocker(target, { text: 'Forms', authorId: me });
  const gate = new UpdateGate(target);
  const peer = forkDoc(target);
  return { target, gate, peer, blocker, me };
}

function expectRefused(gate: UpdateGate, target: Y.Doc, update: Uint8Array, message: RegExp): void {
  const before = Y.encodeStateVector(target);
  const snapshot = readWorkshop(target);
  const result = gate.apply(update);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(message);
  expect(Y.encodeStateVector(target)).toEqual(before);
  expect(readWorkshop(target)).toEqual(snapshot);
}

describe('UpdateGate', () => {
  test('admits a peer\'s valid changes with the given origin', () => {
    const { target, gate, peer, blocker } = setup();
    const added = addBlocker(peer, { text: 'Travel to the far side of the county', minutesPerWeek: 120 });
    editBlockerText(peer, blocker, 'Long forms');
    moveBlocker(peer, blocker, 300, 40);
    const origins: unknown[] = [];
    target.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    expect(gate.apply(diff(peer, target), 'peer-1')).toEqual({ ok: true });
    expect(origins).toEqual(['peer-1']);
    expect(readWorkshop(target)).toEqual(readWorkshop(peer));
    expect(readWorkshop(target).blockers[added]?.minutesPerWeek).toBe(120);
  });

  test('refuses a blocker whose minutes are text, leaving the target untouched', () => {
    const { target, gate, peer, blocker } = setup();
    (blockersMap(peer).get(blocker) as Y.Map<unknown>).set('minutesPerWeek', 'a lot');
    expectRefused(gate, target, diff(peer, target), /minutes lost per week must be a number \(found the text "a lot"\)/);
  });

  test('refuses words turned into a plain string, a foreign field and a flat record', () => {
    const { target, gate, peer, blocker } = setup();
    const base = Y.encodeStateVector(peer);
    (blockersMap(peer).get(blocker) as Y.Map<unknown>).set('text', 'overwritten');
    expectRefused(gate, target, Y.encodeStateAsUpdate(peer, base), /words must be collaborative text/);

    const peer2 = forkDoc(target);
    const map = new Y.Map<unknown>();
    blockersMap(peer2).set('blocker:hostile00001', map);
    map.set('childName', 'J. Smith');
    expectRefused(gate, target, diff(peer2, target), /unknown field "childName"/);

    const peer3 = forkDoc(target);
    blockersMap(peer3).set('blocker:flat', 42 as never);
    expectRefused(gate, target, diff(peer3, target), /is not a record/);
  });

  test('refuses a newer schema version, unknown roots and list content in a record root', () => {
    const { target, gate } = setup();
    const p1 = forkDoc(target);
    metaMap(p1).set('schemaVersion', SCHEMA_VERSION + 1);
    expectRefused(gate, target, diff(p1, target), new RegExp(`schema version ${SCHEMA_VERSION + 1} is not the current version ${SCHEMA_VERSION}`));
    const p2 = forkDoc(target);
    const foreignRoot = 'surprise'; // a variable: only schema.ts may name roots literally
    p2.getMap(foreignRoot).set('x', 1);
    expectRefused(gate, target, diff(p2, target), /unknown part "surprise"/);
    const p4 = forkDoc(target);
    for (const key of [...metaMap(p4).keys()]) metaMap(p4).delete(key);
    expectRefused(gate, target, diff(p4, target), /removes the workshop details/);
    const p3 = forkDoc(target);
    p3.getArray('blockers').insert(0, ['junk']);
    expectRefused(gate, target, diff(p3, target), /list content/);
  });

  test('keeps working after a refusal, and follows the target\'s own edits', () => {
    const { target, gate, peer, blocker } = setup();
    (blockersMap(peer).get(blocker) as Y.Map<unknown>).set('x', 'left');
    expect(gate.apply(diff(peer, target)).ok).toBe(false);
    // Local ops on the target reach the shadow, so a peer's edit to a new record validates.
    const mine = addBlocker(target, { text: 'Mine' });
    const honest = forkDoc(target);
    editBlockerText(honest, mine, 'Mine, edited by a colleague');
    expect(gate.apply(diff(honest, target))).toEqual({ ok: true });
    expect(readWorkshop(target).blockers[mine]?.text).toBe('Mine, edited by a colleague');
    expect(validateDoc(target)).toEqual([]);
  });

  test('never throws on random bytes and leaves the target as it was', () => {
    const { target, gate } = setup();
    const before = Y.encodeStateAsUpdate(target);
    fc.assert(fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), (bytes) => {
      const result = gate.apply(bytes);
      if (result.ok) expect(validateDoc(target)).toEqual([]);
    }), { numRuns: 300 });
    expect(readWorkshop(target)).toEqual(readWorkshop(restoreCopy(before)));
    expect(gate.apply(new Uint8Array())).toEqual({ ok: false, error: 'The change was empty.' });
  });

  test('updates that arrive out of order wait, then merge', () => {
    const { target, gate, peer } = setup();
    const first = addBlocker(peer, { text: 'First' });
    const u1 = diff(peer, target);
    const sv = Y.encodeStateVector(peer);
    editBlockerText(peer, first, 'First, edited');
    const u2 = Y.encodeStateAsUpdate(peer, sv);
    expect(gate.apply(u2)).toEqual({ ok: true });
    expect(readWorkshop(target).blockers[first]).toBeUndefined();
    expect(gate.apply(u1)).toEqual({ ok: true });
    expect(readWorkshop(target).blockers[first]?.text).toBe('First, edited');
  });

  test('a hostile change that waits for a missing piece is refused when the piece arrives', () => {
    const { target, gate, peer } = setup();
    const idea = addIdea(peer, { text: 'Idea' });
    const u1 = diff(peer, target);
    const sv = Y.encodeStateVector(peer);
    (ideasMap(peer).get(idea) as Y.Map<unknown>).set('effort', 'enormous');
    const hostile = Y.encodeStateAsUpdate(peer, sv);
    expect(gate.apply(hostile)).toEqual({ ok: true }); // nothing to check yet: it waits
    const result = gate.apply(u1);
    expect(result.ok).toBe(false);
    expect(validateDoc(target)).toEqual([]);
    // The waiting hostile change was dropped, so the room's other changes still flow.
    const other = forkDoc(target);
    const fresh = addBlocker(other, { text: 'Still syncing' });
    expect(gate.apply(diff(other, target))).toEqual({ ok: true });
    expect(readWorkshop(target).blockers[fresh]?.text).toBe('Still syncing');
  });

  test('concurrent link and unlink through the gate merge', () => {
    const { target, gate, peer, blocker } = setup();
    const idea = addIdea(target, { text: 'Fix it' });
    Y.applyUpdate(peer, diff(target, peer));
    linkIdeaToBlocker(peer, idea, blocker);
    expect(gate.apply(diff(peer, target))).toEqual({ ok: true });
    expect(readWorkshop(target).ideas[idea]?.blockerIds).toEqual([blocker]);
  });

  test('one small update to a 5,000-blocker workshop is checked in proportion to its size', () => {
    const { doc: target } = newWorkshop();
    target.transact(() => {
      for (let i = 0; i < 5000; i++) addBlocker(target, { text: `Blocker number ${i} about forms and meetings`, x: i, y: i, minutesPerWeek: i % 300 });
    });
    const gate = new UpdateGate(target);
    const peer = forkDoc(target);
    const ids = [...blockersMap(peer).keys()];
    const updates: Uint8Array[] = [];
    peer.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 200; i++) {
      if (i % 2 === 0) moveBlocker(peer, ids[i] as string, i, -i);
      else editBlockerText(peer, ids[i] as string, `Edited blocker ${i}`);
    }
    const start = performance.now();
    for (const u of updates) expect(gate.apply(u).ok).toBe(true);
    const perUpdate = (performance.now() - start) / updates.length;
    console.log(`UpdateGate: ${perUpdate.toFixed(3)} ms per small update on a 5,000-blocker workshop`);
    expect(readWorkshop(target)).toEqual(readWorkshop(peer));
    expect(perUpdate).toBeLessThan(10);
  });
});

function restoreCopy(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}
