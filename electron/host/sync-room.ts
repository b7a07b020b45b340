import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import type { WorkshopStore } from './store/workshop-store';
import type { StoreError } from './store/store-error';
import { saveProblemText } from './store/save-problem';

// Wire format: see sync-protocol.md.
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_SAVE_STATUS = 3;
/** Save status: the host saves again / cannot save (followed by a reason). */
export const SAVE_OK = 0;
export const SAVE_FAILING = 1;

export const CLOSE_UNSUPPORTED = 1003;
export const CLOSE_MALFORMED = 1007;
export const CLOSE_TOO_SLOW = 1013;
// A client that cannot keep up is dropped rather than buffered without end.
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/** A frame that breaks the protocol; the connection is closed with `code`. */
export class ProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** The connections to one workshop, and the relay of its updates and presence. */
export class SyncRoom {
  readonly awareness: awarenessProtocol.Awareness;
  /** Each connection and the awareness client ids it speaks for. */
  private readonly conns = new Map<WebSocket, Set<number>>();
  private readonly stopWatchingSaves: () => void;

  constructor(readonly workshop: WorkshopStore) {
    this.awareness = new awarenessProtocol.Awareness(workshop.doc);
    this.awareness.setLocalState(null); // the host itself is not a participant
    workshop.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    // "Saved on the host" must not stay on screen while the host cannot save.
    this.stopWatchingSaves = workshop.watchSaveStatus((problem) => {
      const message = saveStatusMessage(problem);
      for (const conn of this.conns.keys()) this.send(conn, message);
    });
  }

  get size(): number {
    return this.conns.size;
  }

  add(conn: WebSocket): void {
    this.conns.set(conn, new Set());
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(step1, this.workshop.doc);
    this.send(conn, encoding.toUint8Array(step1));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) {
      this.send(conn, this.awarenessMessage(present));
    }
    if (this.workshop.failure) this.send(conn, saveStatusMessage(this.workshop.failure));
  }

  remove(conn: WebSocket): void {
    const controlled = this.conns.get(conn);
    if (controlled === undefined) return;
    this.conns.delete(conn);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
  }

  /**
   * Handles one binary frame. Throws on a bad one (the caller closes the
   * connection): a ProtocolError for an unknown message type, any other
   * error for a frame that cannot be decoded.
   */
  handle(conn: WebSocket, data: Uint8Array): void {
    if (!this.conns.has(conn)) return;
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      this.handleSync(conn, decoder);
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), conn);
    } else {
      throw new ProtocolError(CLOSE_UNSUPPORTED, `Unknown message type ${type}.`);
    }
  }

  destroy(): void {
    this.stopWatchingSaves();
    this.workshop.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
  }

  private handleSync(conn: WebSocket, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(reply, this.workshop.doc, decoding.readVarUint8Array(decoder));
      this.send(conn, encoding.toUint8Array(reply));
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
      throw new Error(`Unknown sync message ${kind}.`);
    }
    const update = decoding.readVarUint8Array(decoder);
    const result = this.workshop.applyClientUpdate(update, conn);
    if (!result.ok) {
      const denied = encoding.createEncoder();
      encoding.writeVarUint(denied, MESSAGE_AUTH);
      authProtocol.writePermissionDenied(denied, `Update rejected: ${result.error}`);
      this.send(conn, encoding.toUint8Array(denied));
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of this.conns.keys()) {
      if (conn !== origin) this.send(conn, message);
    }
  };

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const controlled = this.conns.get(origin as WebSocket);
    if (controlled !== undefined) {
      for (const id of change.added) controlled.add(id);
      for (const id of change.removed) controlled.delete(id);
    }
    const message = this.awarenessMessage(changed);
    for (const conn of this.conns.keys()) this.send(conn, message);
  };

  private awarenessMessage(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    return encoding.toUint8Array(encoder);
  }

  private send(conn: WebSocket, message: Uint8Array): void {
    if (conn.readyState !== conn.OPEN) return;
    if (conn.bufferedAmount > MAX_BUFFERED_BYTES) {
      conn.close(CLOSE_TOO_SLOW, 'Too far behind; please reconnect.');
      return;
    }
    conn.send(message, (error) => {
      if (error) conn.terminate();
    });
  }
}

function saveStatusMessage(problem: StoreError | null): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVE_STATUS);
  encoding.writeVarUint(encoder, problem ? SAVE_FAILING : SAVE_OK);
  if (problem) encoding.writeVarString(encoder, saveProblemText(problem));
  return encoding.toUint8Array(encoder);
}
