// The relay replays presence to newcomers: each present member's last
// awareness frame, byte for byte, right after the history and before
// `synced`; never a member that has left; never written to disk.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { encodeAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encrypt } from '../../../shared/room/crypto';
import { decodeRelayMessage, encodeClientMessage, parseRelayControl, type RelayMessage } from '../../../shared/room/relay-frames';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { relayPeer, roomKey, startRoomHost, until, type Peer } from '../../../test/helpers/room-peers';
import type { OpenedRoom } from './room-host';
import type { RunningHost } from '../server';

let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost;
let room: OpenedRoom;
const open: { close(): void }[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('relay-presence'));
  ({ host, room } = await startRoomHost(dir));
});
afterEach(async () => {
  for (const socket of open.splice(0)) socket.close();
  await host.close();
  await cleanup();
});

/** A bare relay socket: every frame it received, in order, until `synced`. */
interface RawMember {
  socket: WebSocket;
  /** Binary frames (decoded) and control messages, in arrival order. */
  received: (RelayMessage | { control: string })[];
  synced: Promise<void>;
  sendPresence(sealed: Uint8Array): void;
}

function rawMember(): Promise<RawMember> {
  const socket = new WebSocket(room.relayUrl);
  open.push(socket);
  const received: RawMember['received'] = [];
  let onSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  socket.on('message', (data, isBinary) => {
    if (!isBinary) {
      const control = parseRelayControl(data.toString());
      received.push({ control: control?.type ?? 'unknown' });
      if (control?.type === 'synced') onSynced();
      return;
    }
    const message = decodeRelayMessage(new Uint8Array(data as Buffer));
    if (message !== null) received.push(message);
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () =>
      resolve({
        socket,
        received,
        synced,
        sendPresence: (sealed) => socket.send(encodeClientMessage({ kind: 'awareness', sealed })),
      }),
    );
    socket.once('error', reject);
  });
}

async function sealedPresence(name: string): Promise<Uint8Array> {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ name });
  const sealed = encrypt(encodeAwarenessUpdate(awareness, [awareness.clientID]), await roomKey());
  awareness.destroy();
  return sealed;
}

const awarenessFrames = (member: RawMember) => member.received.filter((m): m is Extract<RelayMessage, { kind: 'awareness' }> => 'kind' in m && m.kind === 'awareness');

describe('presence replay on the relay', () => {
  it('gives a newcomer the presence of everyone present, byte-identical, after the history and before synced', async () => {
    const a = await rawMember();
    const b = await rawMember();
    await Promise.all([a.synced, b.synced]);
    const first = await sealedPresence('Ann (old)');
    const latest = await sealedPresence('Ann');
    const fromB = await sealedPresence('Bo');
    a.sendPresence(first);
    a.sendPresence(latest);
    b.sendPresence(fromB);
    await until(() => awarenessFrames(a).length === 1 && awarenessFrames(b).length === 2, 5000, 'presence to be relayed live');

    const newcomer = await rawMember();
    await newcomer.synced;
    const replayed = awarenessFrames(newcomer);
    // Only the last frame of each member, the very bytes each sent.
    expect(replayed.map((m) => Buffer.from(m.sealed).toString('hex')).sort()).toEqual(
      [latest, fromB].map((s) => Buffer.from(s).toString('hex')).sort(),
    );
    expect(new Set(replayed.map((m) => m.from)).size).toBe(2);
    // Welcome first, the replay next, synced last.
    const order = newcomer.received.map((m) => ('control' in m ? m.control : m.kind));
    expect(order).toEqual(['welcome', 'awareness', 'awareness', 'synced']);
    // Presence is not history: nothing was appended to the room's log.
    expect(host.rooms.rooms.get(room.name)!.log.head).toBe(0);
  });

  it('does not replay a member that has left, and writes no presence to disk', async () => {
    const leaver = await rawMember();
    const stayer = await rawMember();
    await Promise.all([leaver.synced, stayer.synced]);
    const gone = await sealedPresence('Gone');
    const here = await sealedPresence('Here');
    leaver.sendPresence(gone);
    stayer.sendPresence(here);
    await until(() => awarenessFrames(stayer).length === 1, 5000, 'presence to be relayed');
    leaver.socket.close();
    await until(() => stayer.received.some((m) => 'kind' in m && m.kind === 'left'), 5000, 'the leaver to be announced');

    const newcomer = await rawMember();
    await newcomer.synced;
    expect(awarenessFrames(newcomer).map((m) => Buffer.from(m.sealed).toString('hex'))).toEqual([Buffer.from(here).toString('hex')]);

    await host.rooms.rooms.get(room.name)!.log.flush();
    const files = await readdir(join(dir, 'data', 'rooms'), { recursive: true, withFileTypes: true });
    const needle = Buffer.from(here.subarray(-32));
    for (const file of files.filter((f) => f.isFile())) {
      expect((await readFile(join(file.parentPath, file.name))).includes(needle), file.name).toBe(false);
    }
  });

  it('lets relay clients see who is here as soon as they have synced, without anyone greeting them', async () => {
    const peers: Peer[] = [];
    try {
      for (const name of ['Ann', 'Bo']) {
        const peer = await relayPeer(room.relayUrl);
        peers.push(peer);
        await peer.client.whenSynced();
        peer.awareness.setLocalState({ name });
      }
      await until(() => peers[0]!.awareness.getStates().size === 2, 5000, 'the first two to see each other');
      const late = await relayPeer(room.relayUrl);
      peers.push(late);
      await late.client.whenSynced();
      const names = [...late.awareness.getStates().values()].map((s) => (s as { name?: string }).name).filter(Boolean).sort();
      expect(names).toEqual(['Ann', 'Bo']);
      // A member leaving is still removed from the newcomer's view.
      peers.shift()!.destroy();
      await until(() => late.awareness.getStates().size === 2, 5000, 'Ann to go');
    } finally {
      for (const peer of peers) peer.destroy();
    }
  });
});
