// Interop: an unmodified y-webrtc 10.3.0 client (the `y-webrtc-stock` alias of
// the npm package, which patch-package leaves alone), given only what the
// README documents — the signaling URL with its join token, the room name and
// the room secret as its password — joins a room and syncs both ways with the
// app's participant (the app's mesh provider running in Node).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wrtc from '@roamhq/wrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider as StockWebrtcProvider } from 'y-webrtc-stock';
import { addBlocker, addParticipant, createWorkshop } from '../../shared/doc/ops';
import { blockersMap, participantsMap } from '../../shared/doc/schema';
import { readBlocker } from '../../shared/doc/read';
import { UpdateGate } from '../../shared/doc/update-gate';
import { deriveRoomKey } from '../../shared/room/crypto';
import { startHost, type RunningHost } from '../../electron/host/server';
import type { OpenedRoom } from '../../electron/host/room/room-host';
import { AwarenessGuard } from '../../renderer/src/sync/room/awareness-guard';
import { MeshProvider } from '../../renderer/src/sync/room/mesh-provider';
import { makeTempDir } from '../helpers/temp-dir';

// What y-webrtc's README asks of Node: a global WebSocket, and wrtc for WebRTC.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const ROOM = 'INTEROP7';
const SECRET = 'a room secret for interop';

let host: RunningHost;
let room: OpenedRoom;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('interop');
  cleanup = temp.cleanup;
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, staticDir: temp.dir, log: () => undefined });
  room = await host.openRoom({ name: ROOM, secret: SECRET });
});

afterAll(async () => {
  await host?.close();
  await cleanup?.();
});

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a stock y-webrtc client in the room', () => {
  it('joins with the documented signaling URL, room name and password, and syncs both ways', async () => {
    // The app's participant: the workshop, through the app's own mesh provider.
    const appDoc = new Y.Doc();
    createWorkshop(appDoc, { title: 'Interop workshop', localAuthority: 'Anyshire', date: '2026-03-04' });
    addBlocker(appDoc, { text: 'Written in the app' });
    const appAwareness = new Awareness(appDoc);
    const gate = new UpdateGate(appDoc);
    const guard = new AwarenessGuard(appAwareness);
    const refused: string[] = [];
    const app = new MeshProvider({
      doc: appDoc,
      awareness: appAwareness,
      roomName: room.name,
      key: await deriveRoomKey(SECRET, room.name),
      signalingUrl: room.signalingUrl,
      wrtc,
      applyUpdate: (update, origin) => {
        const result = gate.apply(update, origin);
        if (!result.ok) refused.push(result.error);
      },
      applyAwareness: (update, origin) => guard.apply(update, origin),
      isRemoteOrigin: () => false,
    });

    // The stock client: nothing but documented options.
    const stockDoc = new Y.Doc();
    expect(room.signalingUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/signal\?token=[0-9a-f]{64}$/);
    const stock = new StockWebrtcProvider(ROOM, stockDoc, {
      signaling: [room.signalingUrl],
      password: SECRET,
      peerOpts: { wrtc, config: { iceServers: [] } },
    });
    try {
      await until(() => blockersMap(stockDoc).size === 1, 30_000, 'the stock client to receive the workshop');
      const [note] = [...blockersMap(stockDoc).values()];
      expect(readBlocker(note as Y.Map<unknown>).text).toBe('Written in the app');

      // The stock client writes with the same document ops (any Yjs writer would do).
      addParticipant(stockDoc, { displayName: 'Stock client', role: 'observer' });
      addBlocker(stockDoc, { text: 'Written by the stock client' });
      await until(() => blockersMap(appDoc).size === 2 && participantsMap(appDoc).size === 1, 15_000, 'the app to receive its edits');

      // A live edit from the app after joining reaches it too.
      addBlocker(appDoc, { text: 'Live from the app' });
      await until(() => blockersMap(stockDoc).size === 3, 15_000, 'a live edit to reach the stock client');
      expect(Y.encodeStateVector(stockDoc)).toEqual(Y.encodeStateVector(appDoc));
      expect(refused).toEqual([]);
    } finally {
      stock.destroy();
      app.destroy();
      gate.destroy();
    }
  }, 60_000);
});
