import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBlocker, createWorkshop, editBlockerText } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import { blockersMap } from '../../shared/doc/schema';
import { startHost, type RunningHost } from '../../electron/host/server';
import { connectSyncClient, waitFor, type SyncClient } from '../helpers/sync-client';
import { makeTempDir } from '../helpers/temp-dir';

const ID = 'workshop:room-1';
let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;
const clients: SyncClient[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('host-sync'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await host?.close();
  host = null;
  await cleanup();
});

async function start(port = 0): Promise<RunningHost> {
  host = await startHost({ port, host: '127.0.0.1', dataDir: join(dir, 'data'), staticDir: join(dir, 'renderer'), log: () => undefined });
  return host;
}

const syncUrl = (h: RunningHost, id = ID) => `ws://127.0.0.1:${h.port}/sync/${encodeURIComponent(id)}`;

async function client(h: RunningHost, id = ID, headers?: Record<string, string>): Promise<SyncClient> {
  const c = await connectSyncClient(syncUrl(h, id), new Y.Doc(), headers);
  clients.push(c);
  return c;
}

const texts = (doc: Y.Doc) => Object.values(readWorkshop(doc).blockers).map((b) => b.text).sort();

function rawSocket(h: RunningHost): Promise<WebSocket> {
  const socket = new WebSocket(syncUrl(h));
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

describe('sync through the host', () => {
  it('syncs two clients through the host, and a restart keeps the board', async () => {
    let running = await start();
    const alice = await client(running);
    const bob = await client(running);
    createWorkshop(alice.doc, { title: 'Room one', localAuthority: 'Anytown' });
    const id = addBlocker(alice.doc, { text: 'Forms asked for twice' });
    await waitFor(() => texts(bob.doc).length === 1, 5000, 'bob to get the blocker');
    editBlockerText(bob.doc, id, 'Forms asked for three times');
    addBlocker(bob.doc, { text: 'Travel between offices' });
    await waitFor(() => texts(alice.doc).length === 2 && texts(alice.doc).includes('Forms asked for three times'));
    expect(readWorkshop(alice.doc)).toEqual(readWorkshop(bob.doc));

    const port = running.port;
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await running.close();
    running = await start(port);
    const carol = await client(running);
    await waitFor(() => texts(carol.doc).length === 2, 5000, 'carol to load the saved board');
    expect(texts(carol.doc)).toEqual(['Forms asked for three times', 'Travel between offices']);
    expect(readWorkshop(carol.doc).meta.title).toBe('Room one');
  });

  it('sends a newcomer what it missed, and takes what the newcomer has', async () => {
    const running = await start();
    const first = await client(running);
    createWorkshop(first.doc, { title: 'Late joiner', localAuthority: 'Anytown' });
    addBlocker(first.doc, { text: 'Before' });
    const offline = new Y.Doc();
    await waitFor(() => running.store !== null);
    const workshop = await running.store.workshop(ID);
    await waitFor(() => blockersMap(workshop.doc).size === 1);
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(workshop.doc));
    addBlocker(offline, { text: 'Made offline' });
    const late = await connectSyncClient(syncUrl(running), offline);
    clients.push(late);
    await waitFor(() => texts(first.doc).includes('Made offline'), 5000, 'the offline edit to reach the first client');
  });

  it('relays presence between clients and drops a client\'s presence when it leaves', async () => {
    const running = await start();
    const alice = await client(running);
    const bob = await client(running);
    alice.awareness.setLocalState({ name: 'Alice', editing: null });
    await waitFor(() => bob.awareness.getStates().get(alice.doc.clientID)?.name === 'Alice', 5000, 'presence');
    // A late joiner is told who is already here.
    const carol = await client(running);
    await waitFor(() => carol.awareness.getStates().has(alice.doc.clientID), 5000, 'presence for a newcomer');
    await alice.close();
    clients.splice(clients.indexOf(alice), 1);
    await waitFor(() => !bob.awareness.getStates().has(alice.doc.clientID), 5000, 'presence removed');
  });

  it('rejects a hostile update: the sender is told why, nobody else gets it, nothing is saved', async () => {
    let running = await start();
    const honest = await client(running);
    createWorkshop(honest.doc, { title: 'Guarded', localAuthority: 'Anytown' });
    addBlocker(honest.doc, { text: 'Real blocker' });
    const attacker = await client(running);
    await waitFor(() => texts(attacker.doc).length === 1);
    attacker.doc.transact(() => {
      const evil = new Y.Map<unknown>();
      blockersMap(attacker.doc).set('blocker:evil', evil as never);
      evil.set('text', { $where: 'drop tables' });
    });
    await waitFor(() => attacker.denied.length === 1, 5000, 'the refusal');
    expect(attacker.denied[0]).toMatch(/^Update rejected: The change was refused because it would break the workshop/);
    // The socket stays open; the honest client never sees the bad record.
    addBlocker(honest.doc, { text: 'After the attack' });
    await waitFor(() => texts(attacker.doc).includes('After the attack'));
    expect(blockersMap(honest.doc).has('blocker:evil')).toBe(false);

    const port = running.port;
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await running.close();
    running = await start(port);
    const check = await running.store.workshop(ID);
    expect(blockersMap(check.doc).has('blocker:evil')).toBe(false);
    expect(texts(check.doc)).toEqual(['After the attack', 'Real blocker']);
  });

  it('closes a socket that sends malformed frames, and keeps serving everyone else', async () => {
    const running = await start();
    const good = await client(running);
    createWorkshop(good.doc, { title: 'Sturdy', localAuthority: 'Anytown' });

    const cases: Array<{ frame: Buffer | string; code: number }> = [
      { frame: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), code: 1007 }, // endless varUint
      { frame: Buffer.from([0, 2, 200, 1, 3]), code: 1007 }, // update claims 200 bytes, has 1
      { frame: Buffer.from([0, 9]), code: 1007 }, // unknown sync message
      { frame: Buffer.from([0, 0, 5, 1, 2]), code: 1007 }, // step 1 with a cut-off state vector
      { frame: Buffer.from([7, 1, 2, 3]), code: 1003 }, // unknown message type
      { frame: 'hello, this is text', code: 1003 },
      { frame: Buffer.from([1, 4, 0xde, 0xad, 0xbe, 0xef]), code: 1007 }, // garbage awareness update
    ];
    for (const { frame, code } of cases) {
      const socket = await rawSocket(running);
      const closed = closeOf(socket);
      socket.send(frame);
      expect((await closed).code, JSON.stringify(frame)).toBe(code);
    }
    // A garbage Yjs update inside a well-formed message is refused, not fatal.
    const socket = await rawSocket(running);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    socket.send(encoding.toUint8Array(encoder));
    const reply = await new Promise<Buffer>((resolve) =>
      socket.on('message', (data: Buffer) => {
        if (data[0] === 2) resolve(data);
      }),
    );
    expect(reply.toString('utf8')).toContain('could not be read');
    socket.close();

    addBlocker(good.doc, { text: 'Still working' });
    const other = await client(running);
    await waitFor(() => texts(other.doc).includes('Still working'), 5000, 'the host to keep syncing');
    const health = await fetch(`http://127.0.0.1:${running.port}/api/health`);
    expect(health.status).toBe(200);
  });

  it('closes a socket that sends more than the frame limit', async () => {
    const running = await start();
    const socket = await rawSocket(running);
    const closed = closeOf(socket);
    socket.send(Buffer.alloc(16 * 1024 * 1024 + 1));
    expect((await closed).code).toBe(1009);
  });

  it('refuses bad workshop ids and foreign origins before upgrading', async () => {
    const running = await start();
    for (const id of ['workshop:../../etc', 'notes', 'workshop:']) {
      await expect(connectSyncClient(syncUrl(running, id))).rejects.toThrow('HTTP 400');
    }
    await expect(connectSyncClient(`ws://127.0.0.1:${running.port}/elsewhere`)).rejects.toThrow('HTTP 400');
    await expect(client(running, ID, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    const sameOrigin = await client(running, ID, { Origin: `http://127.0.0.1:${running.port}` });
    expect(sameOrigin.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('tells a client when the saved workshop is damaged, without touching it', async () => {
    let running = await start();
    const first = await client(running);
    createWorkshop(first.doc, { title: 'Soon damaged', localAuthority: 'Anytown' });
    addBlocker(first.doc, { text: 'Something' });
    const port = running.port;
    await waitFor(() => blockersMap(first.doc).size === 1);
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await running.close();
    const snapshot = join(dir, 'data', 'workshops', 'room-1.snapshot');
    const bytes = await readFile(snapshot);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await writeFile(snapshot, bytes);
    running = await start(port);
    const socket = new WebSocket(syncUrl(running));
    const closed = await closeOf(socket);
    expect(closed).toEqual({ code: 1011, reason: "The host's saved copy of this workshop is damaged." });
    expect(await readFile(snapshot)).toEqual(bytes);
    expect((await readdir(join(dir, 'data', 'workshops'))).sort()).toEqual(['room-1.log', 'room-1.snapshot']);
  });
});
