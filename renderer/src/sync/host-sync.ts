import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';

/** What the board shows about its link to the host. */
export type HostSyncStatus = 'connecting' | 'synced' | 'offline';

export interface HostSyncOptions {
  /** e.g. `ws://127.0.0.1:5170`; the workshop id is appended as `/sync/<id>`. */
  baseUrl: string;
  workshopId: string;
  onStatus?: (status: HostSyncStatus, detail?: string) => void;
  /** The host cannot save to its disk (a reason to show), or can again (null). */
  onSaveProblem?: (problem: string | null) => void;
  /** Presence (who is here, where their cursor is): sent and received as awareness messages, never saved. */
  awareness?: awarenessProtocol.Awareness;
  /** Overridable for tests. */
  createSocket?: (url: string) => WebSocket;
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_SAVE_STATUS = 3;
const SAVE_FAILING = 1;
/** WebSocket.OPEN, spelled out so Node's `ws` sockets work in tests too. */
const SOCKET_OPEN = 1;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 8_000;

/**
 * Keeps a Y.Doc in step with the host's copy over one WebSocket, speaking the
 * standard y-protocols sync messages. Reconnects with backoff; edits made while
 * offline stay in the doc and are exchanged on the next sync step.
 */
export class HostSync {
  private socket: WebSocket | null = null;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** Others' client ids the host told of: the only states this link may forget (the room brings others). */
  private readonly fromHost = new Set<number>();
  status: HostSyncStatus = 'connecting';

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: HostSyncOptions,
  ) {
    doc.on('update', this.onLocalUpdate);
    options.awareness?.on('update', this.onAwarenessUpdate);
    this.connect();
  }

  destroy(): void {
    this.stopped = true;
    this.doc.off('update', this.onLocalUpdate);
    this.options.awareness?.off('update', this.onAwarenessUpdate);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.close();
    this.socket = null;
  }

  private connect(): void {
    const url = `${this.options.baseUrl}/sync/${encodeURIComponent(this.options.workshopId)}`;
    const create = this.options.createSocket ?? ((u: string) => new WebSocket(u));
    const socket = create(url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.setStatus('connecting');
    socket.onopen = () => {
      this.retryMs = RETRY_MIN_MS;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      socket.send(encoding.toUint8Array(encoder));
      const awareness = this.options.awareness;
      if (awareness?.getLocalState()) socket.send(awarenessMessage(awareness, [awareness.clientID]));
    };
    socket.onmessage = (event: MessageEvent) => this.onMessage(socket, event.data);
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.forgetOthers();
      this.setStatus('offline', event.reason || undefined);
      this.scheduleReconnect();
    };
    socket.onerror = () => socket.close();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private onMessage(socket: WebSocket, data: unknown): void {
    if (!(data instanceof ArrayBuffer)) return;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const encoder = encoding.createEncoder();
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_AWARENESS && this.options.awareness) {
        awarenessProtocol.applyAwarenessUpdate(this.options.awareness, decoding.readVarUint8Array(decoder), this);
        return;
      }
      if (type === MESSAGE_SAVE_STATUS) {
        const failing = decoding.readVarUint(decoder) === SAVE_FAILING;
        this.options.onSaveProblem?.(failing ? decoding.readVarString(decoder).slice(0, 500) : null);
        return;
      }
      if (type !== MESSAGE_SYNC) return;
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const kind = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
      if (kind === syncProtocol.messageYjsSyncStep2) this.setStatus('synced');
    } catch (error) {
      // A frame we cannot read is the host's problem, not the user's board: drop it.
      console.warn('Ignored an unreadable message from the host', error);
    }
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || !this.socket || this.socket.readyState !== SOCKET_OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.socket.send(encoding.toUint8Array(encoder));
  };

  /** Sends this laptop's own presence when it changes (what came from the host is not echoed back). */
  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const awareness = this.options.awareness;
    if (awareness && origin === this) {
      for (const id of [...change.added, ...change.updated]) if (id !== awareness.clientID) this.fromHost.add(id);
      for (const id of change.removed) this.fromHost.delete(id);
    }
    if (!awareness || origin === this || !this.socket || this.socket.readyState !== SOCKET_OPEN) return;
    const mine = [...change.added, ...change.updated, ...change.removed].filter((id) => id === awareness.clientID);
    if (mine.length > 0) this.socket.send(awarenessMessage(awareness, mine));
  };

  /** Offline, nobody else's cursor can be trusted to be current: drop them until the host says again. */
  private forgetOthers(): void {
    const awareness = this.options.awareness;
    if (!awareness) return;
    const others = [...this.fromHost].filter((id) => awareness.getStates().has(id));
    this.fromHost.clear();
    if (others.length > 0) awarenessProtocol.removeAwarenessStates(awareness, others, this);
  }

  private setStatus(status: HostSyncStatus, detail?: string): void {
    this.status = status;
    this.options.onStatus?.(status, detail);
  }
}

function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}
