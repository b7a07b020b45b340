// Convergence, tested the way Yjs tests itself: 3–6 peers make random edits
// through the real ops while the network drops, duplicates and reorders
// their messages and splits them into partitions. After the partitions heal
// and every peer exchanges its full state, all peers must hold the same
// document and it must satisfy every schema invariant. Peers merge what
// arrives through UpdateGate, as the room's providers do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlocker, deleteBlocker, editBlockerText, moveBlocker, updateBlocker } from '../../shared/doc/ops/blockers';
import { createWorkshop, updateMeta } from '../../shared/doc/ops/meta';
import { addIdea, deleteIdea, linkIdeaToBlocker } from '../../shared/doc/ops/ideas';
import { addTheme, deleteTheme, renameTheme, setBlockerTheme } from '../../shared/doc/ops/themes';
import { OpError } from '../../shared/doc/ops/op-error';
import { readWorkshop } from '../../shared/doc/read';
import { validateDoc } from '../../shared/doc/restore';
import { UpdateGate } from '../../shared/doc/update-gate';

interface PeerState {
  doc: Y.Doc;
  gate: UpdateGate;
}

interface Message {
  to: number;
  update: Uint8Array;
}

type Action =
  | { type: 'op'; peer: number; op: number; pick: number; text: string; n: number }
  | { type: 'deliver'; index: number }
  | { type: 'drop'; index: number }
  | { type: 'duplicate'; index: number }
  | { type: 'partition'; mask: number }
  | { type: 'heal' };

const REMOTE = Symbol('remote');

function pickId(ids: string[], pick: number): string {
  return ids.length === 0 ? 'missing:id' : ids[pick % ids.length]!;
}

/** One random op on a peer; ops that are refused (OpError) change nothing, which is fine. */
function runOp(doc: Y.Doc, op: number, pick: number, text: string, n: number): void {
  const snap = readWorkshop(doc);
  const blockers = Object.keys(snap.blockers);
  const themes = Object.keys(snap.themes);
  const ideas = Object.keys(snap.ideas);
  try {
    switch (op) {
      case 0:
      case 1:
        addBlocker(doc, { text: text || 'note', x: n, y: pick });
        break;
      case 2:
        editBlockerText(doc, pickId(blockers, pick), text || 'edited');
        break;
      case 3:
        moveBlocker(doc, pickId(blockers, pick), n, -n);
        break;
      case 4:
        deleteBlocker(doc, pickId(blockers, pick));
        break;
      case 5:
        updateBlocker(doc, pickId(blockers, pick), { minutesPerWeek: n % 600 });
        break;
      case 6:
        addTheme(doc, { name: text || 'theme' });
        break;
      case 7:
        renameTheme(doc, pickId(themes, pick), text || 'renamed');
        break;
      case 8:
        deleteTheme(doc, pickId(themes, pick));
        break;
      case 9:
        setBlockerTheme(doc, [pickId(blockers, pick)], themes.length > 0 ? pickId(themes, n) : null);
        break;
      case 10:
        addIdea(doc, { text: text || 'idea' });
        break;
      case 11:
        linkIdeaToBlocker(doc, pickId(ideas, pick), pickId(blockers, n));
        break;
      case 12:
        deleteIdea(doc, pickId(ideas, pick));
        break;
      default:
        updateMeta(doc, { title: text || 'Workshop' });
    }
  } catch (error) {
    if (!(error instanceof OpError)) throw error;
  }
}

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('op' as const), peer: fc.nat(5), op: fc.nat(13), pick: fc.nat(1000), text: fc.string({ maxLength: 12 }), n: fc.integer({ min: 0, max: 2000 }) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('deliver' as const), index: fc.nat(1000) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('drop' as const), index: fc.nat(1000) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('duplicate' as const), index: fc.nat(1000) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('partition' as const), mask: fc.nat(63) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'heal' as const }) },
);

function simulate(peerCount: number, actions: Action[], finalOrder: number[]): PeerState[] {
  const base = new Y.Doc();
  createWorkshop(base, { title: 'Convergence', localAuthority: 'Anyshire' });
  const start = Y.encodeStateAsUpdate(base);
  base.destroy();
  const peers: PeerState[] = [];
  const queue: Message[] = [];
  // side[i]: which side of the current partition peer i is on (all 0 = connected).
  let side: number[] = new Array<number>(peerCount).fill(0);
  for (let i = 0; i < peerCount; i += 1) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, start);
    const index = i;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      for (let to = 0; to < peerCount; to += 1) if (to !== index && side[to] === side[index]) queue.push({ to, update });
    });
    peers.push({ doc, gate: new UpdateGate(doc) });
  }
  const deliver = (message: Message): void => {
    const result = peers[message.to]!.gate.apply(message.update, REMOTE);
    // Honest peers' updates are never refused by the gate.
    if (!result.ok) throw new Error(`An honest update was refused: ${result.error}`);
  };
  for (const action of actions) {
    switch (action.type) {
      case 'op':
        runOp(peers[action.peer % peerCount]!.doc, action.op, action.pick, action.text, action.n);
        break;
      case 'deliver':
        if (queue.length > 0) deliver(queue.splice(action.index % queue.length, 1)[0]!);
        break;
      case 'drop':
        if (queue.length > 0) queue.splice(action.index % queue.length, 1);
        break;
      case 'duplicate':
        if (queue.length > 0) queue.push(queue[action.index % queue.length]!);
        break;
      case 'partition':
        side = peers.map((_, i) => (action.mask >> i) & 1);
        break;
      case 'heal':
        side = side.map(() => 0);
        break;
    }
  }
  // Heal: what is still in flight arrives in some order, then every pair
  // exchanges full state (what a reconnecting relay client or mesh sync does).
  side = side.map(() => 0);
  let k = 0;
  while (queue.length > 0) deliver(queue.splice((finalOrder[k++ % finalOrder.length] ?? 0) % queue.length, 1)[0]!);
  for (let round = 0; round < 2; round += 1) {
    for (const a of peers) {
      for (const b of peers) {
        if (a === b) continue;
        const diff = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
        deliver({ to: peers.indexOf(b), update: diff });
      }
    }
    queue.length = 0;
  }
  return peers;
}

describe('convergence', () => {
  it('3–6 peers, random ops, dropped/duplicated/reordered messages, healed partitions: identical, valid documents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6 }), fc.array(actionArb, { minLength: 10, maxLength: 80 }), fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }), (peerCount, actions, finalOrder) => {
        const peers = simulate(peerCount, actions, finalOrder);
        try {
          const first = Y.encodeStateAsUpdate(peers[0]!.doc);
          const reference = readWorkshop(peers[0]!.doc);
          for (const peer of peers) {
            expect(Buffer.from(Y.encodeStateVector(peer.doc))).toEqual(Buffer.from(Y.encodeStateVector(peers[0]!.doc)));
            expect(readWorkshop(peer.doc)).toEqual(reference);
            expect(validateDoc(peer.doc)).toEqual([]);
          }
          expect(first.length).toBeGreaterThan(0);
        } finally {
          for (const peer of peers) {
            peer.gate.destroy();
            peer.doc.destroy();
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
