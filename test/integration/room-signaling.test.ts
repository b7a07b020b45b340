import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { RunningHost } from '../../electron/host/server';
import type { OpenedRoom } from '../../electron/host/room/room-host';
import { joinToken } from '../../shared/room/crypto';
import { makeTempDir } from '../helpers/temp-dir';
import { ROOM, SECRET, startRoomHost, until } from '../helpers/room-peers';

let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;
let room: OpenedRoom;
const children: ChildProcess[] = [];
const sockets: WebSocket[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('room-signal'));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const socket of sockets.splice(0)) socket.terminate();
  await host?.close();
  host = null;
  await cleanup();
});

async function start(limits: Parameters<typeof startRoomHost>[1] = {}): Promise<void> {
  ({ host, room } = await startRoomHost(dir, limits));
}

interface Raw {
  socket: WebSocket;
  received: Array<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
}

async function raw(url: string, headers?: Record<string, string>): Promise<Raw> {
  const socket = new WebSocket(url, { headers });
  sockets.push(socket);
  const received: Array<Record<string, unknown>> = [];
  socket.on('message', (data) => received.push(JSON.parse(data.toString()) as Record<string, unknown>));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
  return { socket, received, closed };
}

function stockPeer(mine: string, theirs: string): { saw: Promise<void>; output: () => string } {
  const child = spawn(process.execPath, ['test/helpers/stock-webrtc-peer.mjs', room.signalingUrl, room.name, SECRET, mine, theirs], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const saw = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`saw ${theirs}`)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`stock peer exited ${code}: ${output}`)));
  });
  return { saw, output: () => output };
}

describe('signaling for stock y-webrtc', () => {
  it('two unmodified y-webrtc clients (separate processes, wrtc) join with the documented URL, room and password, and sync both ways', async () => {
    await start();
    expect(room.signalingUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/signal\?token=[0-9a-f]{64}$/);
    const a = stockPeer('alpha', 'beta');
    const b = stockPeer('beta', 'alpha');
    await Promise.all([a.saw, b.saw]);
    expect(host!.rooms.signaling.subscriberCount(ROOM)).toBe(2);
  }, 60_000);

  it('refuses a missing or wrong token before the upgrade', async () => {
    await start();
    const base = room.signalingUrl.split('?')[0]!;
    await expect(raw(base)).rejects.toThrow('HTTP 403');
    await expect(raw(`${base}?token=${joinToken('wrong secret!', ROOM)}`)).rejects.toThrow('HTTP 403');
    await expect(raw(room.signalingUrl, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('serves only the room the token opens, answers ping, and adds the subscriber count', async () => {
    await start();
    const a = await raw(room.signalingUrl);
    const b = await raw(room.signalingUrl);
    a.socket.send(JSON.stringify({ type: 'subscribe', topics: ['OTHER-ROOM', ROOM] }));
    b.socket.send(JSON.stringify({ type: 'subscribe', topics: [ROOM] }));
    await until(() => a.received.some((m) => m.type === 'refused'), 2000, 'the refusal');
    expect(a.received.find((m) => m.type === 'refused')).toMatchObject({ topics: ['OTHER-ROOM'] });
    a.socket.send(JSON.stringify({ type: 'publish', topic: 'OTHER-ROOM', data: 'secret sdp' }));
    a.socket.send(JSON.stringify({ type: 'publish', topic: ROOM, data: 'sealed sdp' }));
    a.socket.send(JSON.stringify({ type: 'ping' }));
    await until(() => b.received.some((m) => m.type === 'publish') && a.received.some((m) => m.type === 'pong'), 2000, 'publish and pong');
    const publishes = b.received.filter((m) => m.type === 'publish');
    expect(publishes).toEqual([{ type: 'publish', topic: ROOM, data: 'sealed sdp', clients: 2 }]);
    expect(host!.rooms.signaling.stats.refusedTopics).toBe(2);
  });

  it('ignores unreadable frames, then closes a socket that keeps sending them; others are unaffected', async () => {
    await start();
    const bad = await raw(room.signalingUrl);
    const good = await raw(room.signalingUrl);
    bad.socket.send('not json');
    bad.socket.send(Buffer.from([1, 2, 3]));
    bad.socket.send('{"type":"nonsense"}');
    bad.socket.send('[1,2]');
    bad.socket.send('null');
    bad.socket.send(JSON.stringify({ type: 'subscribe', topics: 'not a list' }));
    bad.socket.send(JSON.stringify({ type: 'ping' }));
    await until(() => bad.received.some((m) => m.type === 'pong'), 2000, 'the host to keep answering');
    for (let i = 0; i < 20; i += 1) bad.socket.send('garbage');
    expect((await bad.closed).code).toBe(1008);
    good.socket.send(JSON.stringify({ type: 'ping' }));
    await until(() => good.received.some((m) => m.type === 'pong'), 2000, 'the other socket');
  });

  it('caps frame size, connections per address and message rate', async () => {
    await start({
      roomLimits: { signaling: { connections: { perAddress: 2, total: 10 }, rate: { burst: 20, perSecond: 1 } } },
    });
    const a = await raw(room.signalingUrl);
    const b = await raw(room.signalingUrl);
    await expect(raw(room.signalingUrl)).rejects.toThrow('HTTP 503');
    a.socket.send('x'.repeat(64 * 1024 + 1));
    expect((await a.closed).code).toBe(1009);
    for (let i = 0; i < 25; i += 1) b.socket.send(JSON.stringify({ type: 'ping' }));
    const closed = await b.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/Too many messages/);
    // The slots are free again.
    await until(() => host!.rooms.signaling.subscriberCount(ROOM) === 0, 2000, 'release');
    await raw(room.signalingUrl);
  });
});
