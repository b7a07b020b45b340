// Fuzz: 100,000 random and mutated frames at the signaling server and the
// relay over real loopback sockets, then honest clients must still sync.
// Sockets the host closes (too many bad frames, too fast, too big) are
// replaced, and every batch ends with a WebSocket ping whose pong proves
// the host read the batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addBlocker, createWorkshop } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import { validateDoc } from '../../shared/doc/restore';
import { encrypt, encryptJson } from '../../shared/room/crypto';
import { encodeClientMessage, toFrames } from '../../shared/room/relay-frames';
import type { RunningHost } from '../../electron/host/server';
import type { OpenedRoom } from '../../electron/host/room/room-host';
import { makeTempDir } from '../helpers/temp-dir';
import { ROOM, relayPeer, roomKey, startRoomHost, until } from '../helpers/room-peers';

const TOTAL = 100_000;
const SOCKETS = 8;
const BATCH = 100;

let cleanup: () => Promise<void>;
let host: RunningHost;
let room: OpenedRoom;

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = await makeTempDir('room-fuzz'));
  // Strike and rate limits raised so a socket survives many batches of
  // garbage (each reconnect replays the relay's whole backlog); those rules
  // are tested on their own. Frame caps and the rest are the defaults.
  const rate = { burst: 1_000_000, perSecond: 1_000_000 };
  ({ host, room } = await startRoomHost(dir, {
    roomLimits: { relay: { strikes: 1_000_000, rate }, signaling: { strikes: 1_000_000, rate } },
  }));
});
afterAll(async () => {
  await host?.close();
  await cleanup();
});

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Frame = Uint8Array | string;

function mutate(rand: () => number, base: Uint8Array): Uint8Array {
  const out = Uint8Array.from(base);
  switch (Math.floor(rand() * 4)) {
    case 0: // flip bytes
      for (let i = 0; i < 1 + rand() * 4; i += 1) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
      return out;
    case 1: // truncate
      return out.subarray(0, Math.floor(rand() * out.length));
    case 2: // extend
      return concat(out, randomBytes(rand, 1 + rand() * 8));
    default: // splice a length varint
      out[Math.min(out.length - 1, 1 + Math.floor(rand() * 3))] = 0xff;
      return out;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function randomBytes(rand: () => number, n: number): Uint8Array {
  const out = new Uint8Array(Math.floor(n));
  for (let i = 0; i < out.length; i += 1) out[i] = Math.floor(rand() * 256);
  return out;
}

async function relaySeeds(): Promise<Uint8Array[]> {
  const key = await roomKey();
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Seed', localAuthority: 'Anyshire' });
  const update = Y.encodeStateAsUpdate(doc);
  const big = encodeClientMessage({ kind: 'update', sealed: encrypt(new Uint8Array(6000), key) });
  return [
    encodeClientMessage({ kind: 'update', sealed: encrypt(update, key) }),
    encodeClientMessage({ kind: 'awareness', sealed: encrypt(new Uint8Array([1, 2, 3]), key) }),
    encodeClientMessage({ kind: 'snapshot', through: 3, sealed: encrypt(update, key) }),
    ...toFrames(big, 2048).slice(0, 3),
  ];
}

function relayFrame(rand: () => number, seeds: Uint8Array[]): Frame {
  const r = rand();
  if (r < 0.3) return randomBytes(rand, rand() * 300);
  if (r < 0.35) return String.fromCharCode(...randomBytes(rand, rand() * 50));
  if (r < 0.37) return seeds[Math.floor(rand() * seeds.length)]!; // valid shape (stored and forwarded, unreadable to members... or readable)
  if (r < 0.3702) return new Uint8Array(1024 * 1024 + 1 + Math.floor(rand() * 1000)); // over the frame cap
  return mutate(rand, seeds[Math.floor(rand() * seeds.length)]!);
}

async function signalingSeeds(): Promise<string[]> {
  const key = await roomKey();
  const sealed = Buffer.from(encryptJson({ type: 'announce', from: 'peer' }, key)).toString('base64');
  return [
    JSON.stringify({ type: 'subscribe', topics: [ROOM] }),
    JSON.stringify({ type: 'subscribe', topics: ['OTHER', 5, null, { a: 1 }] }),
    JSON.stringify({ type: 'unsubscribe', topics: [ROOM] }),
    JSON.stringify({ type: 'publish', topic: ROOM, data: sealed }),
    JSON.stringify({ type: 'publish', topic: 'OTHER', data: sealed }),
    JSON.stringify({ type: 'ping' }),
  ];
}

function signalingFrame(rand: () => number, seeds: string[]): Frame {
  const r = rand();
  if (r < 0.25) return randomBytes(rand, rand() * 200);
  if (r < 0.5) return String.fromCharCode(...randomBytes(rand, rand() * 100));
  if (r < 0.55) return seeds[Math.floor(rand() * seeds.length)]!;
  if (r < 0.5502) return 'x'.repeat(64 * 1024 + 1 + Math.floor(rand() * 100)); // over the cap
  if (r < 0.7) {
    const values = [null, 1, -1, 1e308, '', 'subscribe', [], {}, [ROOM], 'ping', true];
    const pick = () => values[Math.floor(rand() * values.length)];
    return JSON.stringify({ type: pick(), topics: pick(), topic: pick(), data: pick() });
  }
  const seed = Buffer.from(seeds[Math.floor(rand() * seeds.length)]!);
  return Buffer.from(mutate(rand, seed)).toString('latin1');
}

/** Sends `count` frames over a pool of sockets, replacing those the host closes. */
async function blast(url: string, count: number, next: () => Frame): Promise<{ sent: number; reopened: number }> {
  let sent = 0;
  let reopened = 0;
  const open = (): Promise<WebSocket | null> =>
    new Promise((resolve) => {
      const socket = new WebSocket(url);
      socket.on('message', () => undefined);
      socket.once('open', () => resolve(socket));
      socket.once('error', () => resolve(null));
      socket.once('unexpected-response', () => resolve(null));
    });
  const worker = async (): Promise<void> => {
    let socket: WebSocket | null = null;
    while (sent < count) {
      if (socket === null || socket.readyState !== WebSocket.OPEN) {
        socket?.terminate();
        socket = await open();
        reopened += 1;
        if (socket === null) {
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
      }
      const s: WebSocket = socket;
      for (let i = 0; i < BATCH && sent < count && s.readyState === WebSocket.OPEN; i += 1) {
        const frame = next();
        s.send(frame, { binary: typeof frame !== 'string' });
        sent += 1;
      }
      // Barrier: the pong comes after the host has read every frame before the ping.
      await new Promise<void>((resolve) => {
        if (s.readyState !== WebSocket.OPEN) return resolve();
        const done = () => {
          s.off('pong', done);
          s.off('close', done);
          resolve();
        };
        s.once('pong', done);
        s.once('close', done);
        s.ping();
      });
    }
    socket?.terminate();
  };
  await Promise.all(Array.from({ length: SOCKETS }, worker));
  return { sent, reopened };
}

describe('fuzz', () => {
  it('100,000 random and mutated frames at signaling and relay; honest clients still sync', async () => {
    const rand = prng(20260304);
    const relaySeed = await relaySeeds();
    const signalSeed = await signalingSeeds();
    const [signal, relay] = await Promise.all([
      blast(room.signalingUrl, TOTAL / 2, () => signalingFrame(rand, signalSeed)),
      blast(room.relayUrl, TOTAL / 2, () => relayFrame(rand, relaySeed)),
    ]);
    expect(signal.sent + relay.sent).toBe(TOTAL);
    // Sockets closed for oversized frames were replaced; the rest lived on.
    expect(signal.reopened + relay.reopened).toBeLessThan(200);
    expect(host.rooms.signaling.stats.malformed).toBeGreaterThan(10_000);
    expect(host.rooms.relay.stats.malformed).toBeGreaterThan(10_000);

    // Honest members: a relay peer edits, a late joiner gets it all.
    const a = await relayPeer(room.relayUrl);
    await a.client.whenSynced();
    // The valid sealed seed frames the fuzzer replayed are real room messages:
    // the workshop they carry arrives; the damaged ones were refused.
    expect(readWorkshop(a.doc).meta.title).toBe('Seed');
    addBlocker(a.doc, { text: 'still standing' });
    const b = await relayPeer(room.relayUrl);
    await b.client.whenSynced();
    await until(() => Object.keys(readWorkshop(b.doc).blockers).length === 1, 10_000, 'the late joiner to sync');
    expect(readWorkshop(b.doc).meta.title).toBe('Seed');
    expect(validateDoc(b.doc)).toEqual([]);
    a.destroy();
    b.destroy();

    // Honest signaling: subscribe, publish, ping.
    const s1 = new WebSocket(room.signalingUrl);
    const s2 = new WebSocket(room.signalingUrl);
    const got: string[] = [];
    s2.on('message', (d) => got.push(d.toString()));
    await Promise.all([s1, s2].map((s) => new Promise((r) => s.once('open', r))));
    s2.send(JSON.stringify({ type: 'subscribe', topics: [ROOM] }));
    s2.send(JSON.stringify({ type: 'ping' }));
    await until(() => got.some((m) => m.includes('pong')), 5000, 'pong');
    s1.send(JSON.stringify({ type: 'publish', topic: ROOM, data: 'hello' }));
    await until(() => got.some((m) => m.includes('"data":"hello"')), 5000, 'a publish');
    s1.terminate();
    s2.terminate();
  }, 120_000);
});
