import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { addBlocker, createWorkshop, editBlockerText } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import { validateDoc } from '../../shared/doc/restore';
import { blockersMap } from '../../shared/doc/schema';
import { deriveRoomKey, joinToken } from '../../shared/room/crypto';
import type { RunningHost } from '../../electron/host/server';
import type { OpenedRoom } from '../../electron/host/room/room-host';
import { makeTempDir } from '../helpers/temp-dir';
import { ROOM, SECRET, relayPeer, sameState, startRoomHost, until, type Peer } from '../helpers/room-peers';

let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;
let room: OpenedRoom;
const peers: Peer[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('room-relay'));
  ({ host, room } = await startRoomHost(dir, { roomLimits: { relay: { compactEvery: 50 } } }));
});
afterEach(async () => {
  for (const peer of peers.splice(0)) peer.destroy();
  await host?.close();
  host = null;
  await cleanup();
});

async function peer(options: Parameters<typeof relayPeer>[1] = {}): Promise<Peer> {
  const p = await relayPeer(room.relayUrl, options);
  peers.push(p);
  return p;
}

const notes = (p: Peer) => Object.keys(readWorkshop(p.doc).blockers).length;

function board(count: number): Y.Doc {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Big board', localAuthority: 'Anyshire' });
  for (let i = 0; i < count; i += 1) {
    addBlocker(doc, { text: `Note ${i}: the form asks for the same address three times`, x: (i % 80) * 40, y: Math.floor(i / 80) * 40 });
  }
  return doc;
}

describe('the relay', () => {
  it('welcomes with the room and workshop id, and carries edits every way', async () => {
    const a = await peer();
    const b = await peer();
    const c = await peer();
    await Promise.all([a, b, c].map((p) => p.client.whenSynced()));
    expect(a.client.workshopId).toBe(`workshop:room-${ROOM}`);
    createWorkshop(a.doc, { title: 'Time with families', localAuthority: 'Anyshire' });
    const fromB = addBlocker(b.doc, { text: 'Sign-off takes three managers' });
    const fromC = addBlocker(c.doc, { text: 'The laptop needs two logins' });
    await until(() => [a, b, c].every((p) => notes(p) === 2 && readWorkshop(p.doc).meta.title === 'Time with families'), 5000, 'edits to reach everyone');
    editBlockerText(a.doc, fromB, 'Sign-off takes four managers');
    await until(() => readWorkshop(c.doc).blockers[fromB]?.text === 'Sign-off takes four managers', 5000, 'an edit');
    expect(readWorkshop(b.doc).blockers[fromC]?.text).toBe('The laptop needs two logins');
    expect(a.client.status.status).toBe('connected');
    expect(a.client.status.lastSyncedAt).not.toBeNull();
    for (const p of [a, b, c]) expect(p.rejections).toEqual([]);
  });

  it('gives a late joiner a 5,000-note board completely: equal state vectors, zero divergence', async () => {
    const doc = board(5000);
    const size = Y.encodeStateAsUpdate(doc).length;
    expect(size).toBeGreaterThan(1024 * 1024); // over the 1 MiB frame cap: it must travel in parts
    const a = await peer({ doc });
    await a.client.whenSynced();
    await until(() => a.client.counters.sent >= 1, 5000, 'the board to be sent');
    await host!.rooms.rooms.get(ROOM)!.log.flush();
    const late = await peer();
    await late.client.whenSynced();
    expect(sameState(late.doc, doc)).toBe(true);
    expect(Buffer.from(Y.encodeStateAsUpdate(late.doc)).equals(Buffer.from(Y.encodeStateAsUpdate(doc)))).toBe(true);
    expect(notes(late)).toBe(5000);
    expect(validateDoc(late.doc)).toEqual([]);
    expect(late.rejections).toEqual([]);
   }, 60_000);

  it('keeps the history across a host restart', async () => {
    const a = await peer();
    await a.client.whenSynced();
    createWorkshop(a.doc, { title: 'Kept', localAuthority: 'Anyshire' });
    for (let i = 0; i < 20; i += 1) addBlocker(a.doc, { text: `note ${i}` });
    await until(() => host!.rooms.rooms.get(ROOM)!.log.head >= 21, 5000, 'the relay to log the edits');
    a.destroy();
    peers.splice(0);
    await host!.close();
    ({ host, room } = await startRoomHost(dir));
    const late = await peer();
    await late.client.whenSynced();
    expect(notes(late)).toBe(20);
    expect(readWorkshop(late.doc).meta.title).toBe('Kept');
  });

  it('compacts without the key: a member posts a snapshot and the log shrinks, losing nothing', async () => {
    const a = await peer();
    const b = await peer();
    await Promise.all([a.client.whenSynced(), b.client.whenSynced()]);
    createWorkshop(a.doc, { title: 'Compacted', localAuthority: 'Anyshire' });
    for (let i = 0; i < 120; i += 1) addBlocker(i % 2 ? a.doc : b.doc, { text: `note ${i}` });
    const log = host!.rooms.rooms.get(ROOM)!.log;
    await until(() => a.client.counters.snapshotsSent + b.client.counters.snapshotsSent >= 1 && log.lastSnapshotThrough > 0, 5000, 'a snapshot');
    expect(log.size).toBeLessThan(log.head);
    await until(() => notes(a) === 120 && notes(b) === 120, 5000, 'both to converge');
    const late = await peer();
    await late.client.whenSynced();
    expect(notes(late)).toBe(120);
    expect(sameState(late.doc, a.doc)).toBe(true);
    // The compacted history also survives a restart.
    await log.flush();
    late.destroy();
    for (const p of peers.splice(0)) p.destroy();
    await host!.close();
    ({ host, room } = await startRoomHost(dir));
    const after = await peer();
    await after.client.whenSynced();
    expect(notes(after)).toBe(120);
  });

  it("rejects a hostile member's invalid-but-encrypted update at every receiver, and honest members keep syncing", async () => {
    const honest = await peer();
    const other = await peer();
    const hostile = await peer();
    await Promise.all([honest, other, hostile].map((p) => p.client.whenSynced()));
    createWorkshop(honest.doc, { title: 'Guarded', localAuthority: 'Anyshire' });
    await until(() => readWorkshop(hostile.doc).meta.title === 'Guarded', 5000, 'the workshop to reach everyone');
    // A record that breaks the schema, written around the ops (as a modified client could).
    blockersMap(hostile.doc).set('blocker:evil', 'not a record' as unknown as Y.Map<unknown>);
    await until(() => honest.rejections.some((r) => r.kind === 'invalid') && other.rejections.some((r) => r.kind === 'invalid'), 5000, 'the receivers to refuse it');
    expect(blockersMap(honest.doc).has('blocker:evil')).toBe(false);
    expect(validateDoc(honest.doc)).toEqual([]);
    addBlocker(honest.doc, { text: 'still here' });
    await until(() => notes(other) === 1, 5000, 'honest edits to keep flowing');
    expect(validateDoc(other.doc)).toEqual([]);
    // A late joiner refuses it too (the relay cannot tell it apart).
    const late = await peer();
    await late.client.whenSynced();
    expect(late.rejections.some((r) => r.kind === 'invalid')).toBe(true);
    expect(notes(late)).toBe(1);
    expect(validateDoc(late.doc)).toEqual([]);
  });

  it('a wrong secret sees nothing (refused at the door) and members keep working', async () => {
    const member = await peer();
    await member.client.whenSynced();
    createWorkshop(member.doc, { title: 'Private', localAuthority: 'Anyshire' });
    const wrongToken = joinToken('wrong secret entirely', ROOM);
    const outsider = await peer({
      url: room.relayUrl.replace(room.joinToken, wrongToken),
      key: await deriveRoomKey('wrong secret entirely', ROOM),
    });
    await until(() => outsider.client.status.lastError !== null, 5000, 'the outsider to be refused');
    expect(outsider.client.status.status).not.toBe('connected');
    expect(outsider.doc.share.size).toBe(0);
    addBlocker(member.doc, { text: 'members carry on' });
    const second = await peer();
    await second.client.whenSynced();
    await until(() => notes(second) === 1, 5000, 'the member edit');
  });

  it('someone with the token but not the key (the host machine) reads nothing, and members ignore what they send', async () => {
    const member = await peer();
    await member.client.whenSynced();
    createWorkshop(member.doc, { title: 'Sealed', localAuthority: 'Anyshire' });
    addBlocker(member.doc, { text: 'a private note' });
    const snoop = await peer({ key: await deriveRoomKey('guessed secret', ROOM) });
    await snoop.client.whenSynced();
    expect(snoop.rejections.filter((r) => r.kind === 'decrypt').length).toBeGreaterThanOrEqual(1);
    expect(notes(snoop)).toBe(0);
    addBlocker(snoop.doc, { text: 'noise' });
    await until(() => member.rejections.some((r) => r.kind === 'decrypt'), 5000, 'the member to ignore the noise');
    expect(notes(member)).toBe(1);
    addBlocker(member.doc, { text: 'second note' });
    const other = await peer();
    await other.client.whenSynced();
    await until(() => notes(other) === 2, 5000, 'the member edits');
  });

  it('loses nothing across a dropped connection: edits made offline arrive on return', async () => {
    const a = await peer();
    const b = await peer();
    await Promise.all([a.client.whenSynced(), b.client.whenSynced()]);
    createWorkshop(a.doc, { title: 'Offline', localAuthority: 'Anyshire' });
    await until(() => readWorkshop(b.doc).meta.title === 'Offline', 5000, 'the workshop');
    a.client.disconnect();
    const id = addBlocker(a.doc, { text: 'written offline' });
    a.doc.transact(() => blockersMap(a.doc).delete(id));
    addBlocker(a.doc, { text: 'kept offline' });
    a.client.connect();
    await until(() => notes(b) === 1, 5000, 'offline edits to arrive');
    expect(sameState(a.doc, b.doc)).toBe(true);
  });

  it('a joiner that edits while the backlog is still arriving loses nothing', async () => {
    const a = await peer();
    await a.client.whenSynced();
    createWorkshop(a.doc, { title: 'Busy', localAuthority: 'Anyshire' });
    for (let i = 0; i < 30; i += 1) addBlocker(a.doc, { text: `note ${i}` });
    await until(() => host!.rooms.rooms.get(ROOM)!.log.head >= 31, 5000, 'the log');
    let joiner: Peer | null = null;
    joiner = await peer({ onWelcome: () => void addBlocker(joiner!.doc, { text: 'typed while joining' }) });
    await joiner.client.whenSynced();
    await until(() => notes(a) === 31 && notes(joiner!) === 31, 5000, 'the edit made while joining');
    expect(sameState(a.doc, joiner.doc)).toBe(true);
  });

  it('relays presence (sealed) and removes it when its sender leaves', async () => {
    const a = await peer();
    const b = await peer();
    await Promise.all([a.client.whenSynced(), b.client.whenSynced()]);
    a.awareness.setLocalState({ name: 'Sam', role: 'facilitator' });
    await until(() => b.awareness.getStates().get(a.awareness.clientID) !== undefined, 5000, 'presence');
    a.client.disconnect();
    await until(() => b.awareness.getStates().get(a.awareness.clientID) === undefined, 5000, 'presence to go');
  });

  it('refuses a single frame over 1 MiB with a clear close, and keeps serving', async () => {
    const socket = new WebSocket(room.relayUrl);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(new Uint8Array(1024 * 1024 + 10));
    expect((await closed).code).toBe(1009);
    const ok = await peer();
    await ok.client.whenSynced();
  });
});
