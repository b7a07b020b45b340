import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { AwarenessGuard } from './awareness-guard';

const alice = { participantId: 'participant:alice1', name: 'Alice', role: 'practitioner' };

function rawUpdate(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.json);
  }
  return encoding.toUint8Array(encoder);
}

function setup(options: ConstructorParameters<typeof AwarenessGuard>[1] = {}) {
  const awareness = new Awareness(new Y.Doc());
  const refused: string[] = [];
  const guard = new AwarenessGuard(awareness, { ...options, onRefused: (_id, reason) => refused.push(reason) });
  return { awareness, guard, refused };
}

describe('AwarenessGuard', () => {
  it('applies a valid presence state from a real peer', () => {
    const peer = new Awareness(new Y.Doc());
    peer.setLocalState({ ...alice, editing: { kind: 'blocker', id: 'blocker:abc' } });
    const { awareness, guard, refused } = setup();
    guard.apply(encodeAwarenessUpdate(peer, [peer.clientID]), 'relay');
    expect(awareness.getStates().get(peer.clientID)).toEqual({ ...alice, editing: { kind: 'blocker', id: 'blocker:abc' } });
    expect(refused).toEqual([]);
  });

  it('ignores states that are not presence states, and oversized ones', () => {
    const { awareness, guard, refused } = setup();
    guard.apply(rawUpdate([
      { clientId: 11, clock: 1, json: JSON.stringify({ user: { name: 'stock client' } }) },
      { clientId: 12, clock: 1, json: JSON.stringify({ ...alice, role: 'king' }) },
      { clientId: 13, clock: 1, json: JSON.stringify({ ...alice, name: 'x'.repeat(3000) }) },
      { clientId: 14, clock: 1, json: '{not json' },
      { clientId: 15, clock: 1, json: JSON.stringify({ ...alice, extra: 1 }) },
    ]), 'mesh');
    expect([...awareness.getStates().keys()]).toEqual([awareness.clientID]);
    expect(refused).toEqual(['not a presence state', 'not a presence state', 'too large', 'not JSON', 'not a presence state']);
  });

  it('turns a peer that switches to garbage into a peer that has left', () => {
    const { awareness, guard } = setup();
    guard.apply(rawUpdate([{ clientId: 21, clock: 1, json: JSON.stringify(alice) }]), 'mesh');
    expect(awareness.getStates().has(21)).toBe(true);
    guard.apply(rawUpdate([{ clientId: 21, clock: 2, json: '"garbage"' }]), 'mesh');
    expect(awareness.getStates().has(21)).toBe(false);
  });

  it('refuses unreadable, oversized and overcrowded updates whole without throwing', () => {
    const { awareness, guard, refused } = setup({ maxUpdateBytes: 4096, maxEntries: 3 });
    guard.apply(new Uint8Array([200, 1]), 'mesh');
    guard.apply(new Uint8Array(5000), 'mesh');
    guard.apply(rawUpdate([1, 2, 3, 4].map((clientId) => ({ clientId, clock: 1, json: JSON.stringify(alice) }))), 'mesh');
    expect(refused).toEqual(['unreadable update', 'update too large', 'unreadable update']);
    expect(awareness.getStates().size).toBe(1);
  });

  it('ignores a flooding client, then forgives it once it is quiet', () => {
    let now = 0;
    const { awareness, guard } = setup({ burst: 5, perSecond: 2, now: () => now });
    for (let clock = 1; clock <= 20; clock++) {
      guard.apply(rawUpdate([{ clientId: 31, clock, json: JSON.stringify({ ...alice, name: `Alice ${clock}` }) }]), 'mesh');
    }
    expect((awareness.getStates().get(31) as { name: string }).name).toBe('Alice 5');
    expect(guard.isFlooding(31)).toBe(true);
    expect(guard.refused).toBe(15);
    now += 5_000;
    expect(guard.isFlooding(31)).toBe(false);
    guard.apply(rawUpdate([{ clientId: 31, clock: 21, json: JSON.stringify({ ...alice, name: 'Alice calm' }) }]), 'mesh');
    expect((awareness.getStates().get(31) as { name: string }).name).toBe('Alice calm');
  });

  it('does not count the same update arriving twice (mesh and relay) against the sender', () => {
    const { guard } = setup({ burst: 2, perSecond: 0.001 });
    const update = rawUpdate([{ clientId: 41, clock: 3, json: JSON.stringify(alice) }]);
    for (let i = 0; i < 10; i++) guard.apply(update, i % 2 ? 'mesh' : 'relay');
    expect(guard.isFlooding(41)).toBe(false);
    expect(guard.refused).toBe(0);
  });

  it('lets a peer say it has left', () => {
    const { awareness, guard } = setup();
    guard.apply(rawUpdate([{ clientId: 51, clock: 1, json: JSON.stringify(alice) }]), 'mesh');
    guard.apply(rawUpdate([{ clientId: 51, clock: 2, json: 'null' }]), 'mesh');
    expect(awareness.getStates().has(51)).toBe(false);
  });
});

describe('AwarenessGuard.accepts (for the relay client, which applies updates itself)', () => {
  it('accepts a valid update and refuses one with any invalid state', () => {
    const { guard, refused } = setup();
    expect(guard.accepts(rawUpdate([{ clientId: 61, clock: 1, json: JSON.stringify(alice) }]))).toBe(true);
    expect(guard.accepts(rawUpdate([
      { clientId: 62, clock: 1, json: JSON.stringify(alice) },
      { clientId: 63, clock: 1, json: JSON.stringify({ cursor: 1 }) },
    ]))).toBe(false);
    expect(guard.accepts(new Uint8Array([255]))).toBe(false);
    expect(refused).toEqual(['not a presence state', 'unreadable update']);
  });
});

describe('a laptop that has not said who it is yet', () => {
  it('is absent, not refused, and shows once it says who it is (its hand kept)', () => {
    const { awareness, guard, refused } = setup();
    const partial = { participantId: alice.participantId, hand: 'up' };
    guard.apply(rawUpdate([{ clientId: 71, clock: 1, json: JSON.stringify(partial) }]), 'mesh');
    expect(awareness.getStates().has(71)).toBe(false);
    guard.apply(rawUpdate([{ clientId: 71, clock: 2, json: JSON.stringify({ ...partial, ...alice }) }]), 'relay');
    expect(awareness.getStates().get(71)).toEqual({ ...alice, hand: 'up' });
    // Going back to saying nothing about who it is reads as having left.
    guard.apply(rawUpdate([{ clientId: 71, clock: 3, json: JSON.stringify(partial) }]), 'mesh');
    expect(awareness.getStates().has(71)).toBe(false);
    expect(refused).toEqual([]);
    expect(guard.refused).toBe(0);
  });
});
