import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { WebSocket } from 'ws';

// A minimal y-protocols client, written the way the renderer's relay
// provider would be: sync messages via y-protocols/sync, refusals via auth.
const REMOTE = Symbol('from-host');

export interface SyncClient {
  doc: Y.Doc;
  /** Presence: set local state here; others' states arrive here. */
  awareness: awarenessProtocol.Awareness;
  socket: WebSocket;
  /** Reasons the host gave for refusing this client's updates. */
  denied: string[];
  /** Resolves when the socket closes, with the host's code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export async function connectSyncClient(url: string, doc = new Y.Doc(), headers?: Record<string, string>): Promise<SyncClient> {
  const socket = new WebSocket(url, { headers });
  const denied: string[] = [];
  const awareness = new awarenessProtocol.Awareness(doc);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  const send = (message: Uint8Array) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(message);
  };
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, 0);
      syncProtocol.readSyncMessage(decoder, reply, doc, REMOTE);
      if (encoding.length(reply) > 1) send(encoding.toUint8Array(reply));
    } else if (type === 1) {
      awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), REMOTE);
    } else if (type === 2) {
      authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => denied.push(reason));
    }
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, update);
    send(encoding.toUint8Array(encoder));
  });
  awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin === REMOTE) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [...added!, ...updated!, ...removed!]));
    send(encoding.toUint8Array(encoder));
  });
  socket.on('close', () => awareness.destroy());
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, 0);
  syncProtocol.writeSyncStep1(step1, doc);
  send(encoding.toUint8Array(step1));
  return {
    doc,
    awareness,
    socket,
    denied,
    closed,
    close: async () => {
      socket.close();
      await closed;
    },
  };
}

/** Polls until `check` returns true (or throws after `ms`). */
export async function waitFor(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
