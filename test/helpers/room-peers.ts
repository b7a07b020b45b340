// Helpers for tests of the room (host side): a host with a room open, and
// relay peers in Node (ws as the socket, the real RelayClient).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { startHost, type HostOptions, type RunningHost } from '../../electron/host/server';
import type { OpenedRoom } from '../../electron/host/room/room-host';
import { deriveRoomKey, type RoomKey } from '../../shared/room/crypto';
import { RelayClient, type RelayClientOptions, type RelayRejection, type RelaySocket } from '../../shared/room/relay-client';

export const ROOM = 'K7MQ3X';
export const SECRET = 'correct horse battery staple';

export const wsFactory = (url: string): RelaySocket => new WebSocket(url) as unknown as RelaySocket;

/** A host on loopback with its data in `dir` and a stand-in renderer page. */
export async function startTestHost(dir: string, extra: Partial<HostOptions> = {}): Promise<RunningHost> {
  const staticDir = join(dir, 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Small Changes Studio</title>');
  return startHost({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), staticDir, log: () => undefined, ...extra });
}

export async function startRoomHost(
  dir: string,
  extra: Partial<HostOptions> = {},
  room: { name?: string; secret?: string; workshopId?: string } = {},
): Promise<{ host: RunningHost; room: OpenedRoom }> {
  const host = await startTestHost(dir, extra);
  const opened = await host.openRoom({ name: room.name ?? ROOM, secret: room.secret ?? SECRET, ...(room.workshopId ? { workshopId: room.workshopId } : {}) });
  return { host, room: opened };
}

let cachedKey: Promise<RoomKey> | null = null;
/** The room key for ROOM/SECRET (derived once: PBKDF2 takes a quarter of a second). */
export function roomKey(): Promise<RoomKey> {
  cachedKey ??= deriveRoomKey(SECRET, ROOM);
  return cachedKey;
}

export interface Peer {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  client: RelayClient;
  rejections: RelayRejection[];
  destroy(): void;
}

export async function relayPeer(
  url: string,
  options: Partial<RelayClientOptions> & { doc?: Y.Doc; connect?: boolean } = {},
): Promise<Peer> {
  const doc = options.doc ?? new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  const rejections: RelayRejection[] = [];
  const client = new RelayClient({
    url,
    doc,
    awareness,
    key: options.key ?? (await roomKey()),
    createSocket: wsFactory,
    onRejected: (r) => rejections.push(r),
    backoff: { minMs: 50, maxMs: 500 },
    ...options,
  });
  if (options.connect !== false) client.connect();
  return {
    doc,
    awareness,
    client,
    rejections,
    destroy: () => {
      client.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` is true (throws after `ms`). */
export async function until(check: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Same state vector and same content. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  const sva = Y.encodeStateVector(a);
  const svb = Y.encodeStateVector(b);
  return Buffer.from(sva).equals(Buffer.from(svb));
}
