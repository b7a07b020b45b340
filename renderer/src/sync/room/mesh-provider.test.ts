// The mesh in Node: the patched y-webrtc over @roamhq/wrtc, signaling through
// a real host. Proves what stock y-webrtc gets wrong: a state over 256 KiB
// arrives (in chunks), a peer with another secret is reported rather than
// crashing anyone, and peers' updates pass the gate and are not echoed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wrtc from '@roamhq/wrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { addBlocker, addParticipant, createWorkshop } from '../../../../shared/doc/ops';
import { blockersMap, participantsMap } from '../../../../shared/doc/schema';
import { UpdateGate } from '../../../../shared/doc/update-gate';
import { deriveRoomKey, type RoomKey } from '../../../../shared/room/crypto';
import { startHost, type RunningHost } from '../../../../electron/host/server';
import { makeTempDir } from '../../../../test/helpers/temp-dir';
import { MeshProvider } from './mesh-provider';
import { AwarenessGuard } from './awareness-guard';
import { startChildPeer, type ChildPeer } from '../../../../test/helpers/mesh-child-process';

const ROOM = 'MESH42';
const SECRET = 'mesh test secret';
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

let host: RunningHost;
let signalingUrl: string;
let key: RoomKey;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('mesh');
  cleanup = temp.cleanup;
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, staticDir: temp.dir, log: () => undefined });
  const room = await host.openRoom({ name: ROOM, secret: SECRET });
  signalingUrl = room.signalingUrl;
  key = await deriveRoomKey(SECRET, ROOM);
});

afterAll(async () => {
  await host.close();
  await cleanup();
});

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface MeshPeer {
  doc: Y.Doc;
  mesh: MeshProvider;
  refused: string[];
  received: number;
  decryptErrors: number;
  destroy(): void;
}

function meshPeer(doc = new Y.Doc()): MeshPeer {
  const awareness = new Awareness(doc);
  const gate = new UpdateGate(doc);
  const guard = new AwarenessGuard(awareness);
  const peer: MeshPeer = {
    doc,
    refused: [],
    received: 0,
    decryptErrors: 0,
    mesh: null as unknown as MeshProvider,
    destroy: () => {
      peer.mesh.destroy();
      gate.destroy();
      awareness.destroy();
    },
  };
  peer.mesh = new MeshProvider({
    doc,
    awareness,
    roomName: ROOM,
    key,
    signalingUrl,
    wrtc,
    applyUpdate: (update, origin) => {
      peer.received += 1;
      const result = gate.apply(update, origin);
      if (!result.ok) peer.refused.push(result.error);
    },
    applyAwareness: (update, origin) => guard.apply(update, origin),
    isRemoteOrigin: () => false,
    onDecryptError: () => {
      peer.decryptErrors += 1;
    },
  });
  return peer;
}

function bigBoard(notes: number): Y.Doc {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Big board', localAuthority: 'Anyshire', date: '2026-03-04' });
  for (let i = 0; i < notes; i++) {
    addBlocker(doc, { text: `Blocker ${i}: we type the same referral details into three systems every single week`, x: i % 50 * 30, y: Math.floor(i / 50) * 30 });
  }
  return doc;
}

interface Stats {
  blockers: number;
  participants: number;
  texts: string[];
  stateVector: number[];
  peers: number;
  refused: number;
  decryptErrors: number;
}

// y-webrtc holds one provider per room name in a process: the second peer is
// its own process, as it would be its own laptop.
async function childPeer(secret = SECRET): Promise<ChildPeer & { stats(): Promise<Stats> }> {
  const child = await startChildPeer();
  await child.call({ cmd: 'start', mode: 'mesh', hostUrl: host.url, roomName: ROOM, secret, signalingUrl });
  return Object.assign(child, { stats: () => child.call<Stats>({ cmd: 'stats' }) });
}

async function eventually(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('MeshProvider (patched y-webrtc) in Node', () => {
  it('delivers a board far over 256 KiB to a late joiner, in chunks, then live edits both ways', async () => {
    const doc = bigBoard(1000);
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(256 * 1024);
    const a = meshPeer(doc);
    const b = await childPeer();
    try {
      await eventually(async () => (await b.stats()).blockers === 1000, 30_000, 'the whole board to arrive over the mesh');
      expect((await b.stats()).stateVector).toEqual(Array.from(Y.encodeStateVector(a.doc)));
      expect(a.mesh.peerCount()).toBe(1);
      await b.call({ cmd: 'add', text: 'From the late joiner' });
      addBlocker(a.doc, { text: 'From the first peer' });
      await until(() => blockersMap(a.doc).size === 1002, 10_000, 'the joiner’s edit');
      await eventually(async () => (await b.stats()).blockers === 1002, 10_000, 'the first peer’s edit');
      expect(a.refused).toEqual([]);
      expect((await b.stats()).refused).toBe(0);
    } finally {
      a.destroy();
      await b.stop();
    }
  }, 90_000);

  it('merges peers’ updates only through the gate: a record that breaks the schema is refused', async () => {
    const a = meshPeer(bigBoard(1));
    const b = await childPeer();
    try {
      await eventually(async () => (await b.stats()).blockers === 1, 30_000, 'the board to arrive');
      await b.call({ cmd: 'evil' });
      await until(() => a.refused.length === 1, 10_000, 'the hostile update to be refused');
      expect(participantsMap(a.doc).has('participant:evil')).toBe(false);
      // The room goes on. (The hostile laptop's own later changes build on the
      // refused one, so they wait unmerged: one bad change quarantines its sender.)
      addBlocker(a.doc, { text: 'An honest note after it' });
      await eventually(async () => (await b.stats()).blockers === 2, 10_000, 'the next honest edit');
    } finally {
      a.destroy();
      await b.stop();
    }
  }, 60_000);

  it('reports a peer using another secret, and keeps the honest peers syncing', async () => {
    const a = meshPeer(bigBoard(1));
    const b = await childPeer();
    // Knows the join token (so the host lets it in) but not the secret.
    const intruder = await childPeer('not the room secret');
    try {
      await until(() => a.decryptErrors > 0, 20_000, 'the wrong secret to be noticed');
      await eventually(async () => (await b.stats()).blockers === 1, 30_000, 'the board to arrive');
      addParticipant(a.doc, { displayName: 'Still here', role: 'practitioner' });
      await eventually(async () => (await b.stats()).participants === 1, 20_000, 'honest peers to keep syncing');
      expect((await b.stats()).decryptErrors).toBeGreaterThan(0);
      const seen = await intruder.stats();
      expect([seen.blockers, seen.participants, seen.peers]).toEqual([0, 0, 0]);
    } finally {
      a.destroy();
      await Promise.all([b.stop(), intruder.stop()]);
    }
  }, 60_000);
});

describe('sending order', () => {
  it('sends a local change to peers before listeners that were on the document first (the local copy, the relay)', async () => {
    const doc = bigBoard(0);
    const order: string[] = [];
    // Stands for y-indexeddb and the relay, which subscribe before the mesh's room opens.
    doc.on('update', () => order.push('earlier listener'));
    const awareness = new Awareness(doc);
    const mesh = new MeshProvider({
      doc,
      awareness,
      roomName: ROOM,
      key,
      signalingUrl,
      wrtc,
      applyUpdate: () => undefined,
      applyAwareness: () => undefined,
      // Asked first thing when the mesh is about to send a change.
      isRemoteOrigin: () => {
        order.push('mesh');
        return false;
      },
    });
    try {
      await until(() => mesh.origin !== null, 5_000, 'the mesh room to open');
      order.length = 0;
      addBlocker(doc, { text: 'Sent before it is stored' });
      expect(order).toEqual(['mesh', 'earlier listener']);
    } finally {
      mesh.destroy();
      awareness.destroy();
    }
  });
});

describe('simultaneous joins', () => {
  it('five laptops joining at once form a full mesh (no glare stalls, no crash) and converge', async () => {
    const a = meshPeer(bigBoard(1));
    const children = await Promise.all([1, 2, 3, 4].map(() => startChildPeer()));
    try {
      // All at once: every pair meets through announces crossing in flight.
      await Promise.all(children.map((child) => child.call({ cmd: 'start', mode: 'mesh', hostUrl: host.url, roomName: ROOM, secret: SECRET, signalingUrl })));
      const stats = () => Promise.all(children.map((child) => child.call<Stats>({ cmd: 'stats' })));
      await eventually(async () => a.mesh.peerCount() === 4 && (await stats()).every((s) => s.peers === 4), 45_000, 'a full mesh of five');
      await Promise.all(children.map((child, i) => child.call({ cmd: 'add', text: `From laptop ${i + 2}` })));
      addBlocker(a.doc, { text: 'From laptop 1' });
      await eventually(async () => blockersMap(a.doc).size === 6 && (await stats()).every((s) => s.blockers === 6), 20_000, 'everyone to converge');
      const vectors = (await stats()).map((s) => s.stateVector);
      for (const vector of vectors) expect(vector).toEqual(Array.from(Y.encodeStateVector(a.doc)));
    } finally {
      a.destroy();
      await Promise.all(children.map((child) => child.stop()));
    }
  }, 90_000);
});
