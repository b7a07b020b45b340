import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isWorkshopId } from './store/workshop-id';
import { StoreError } from './store/store-error';
import type { HostStore } from './store/host-store';
import { CLOSE_MALFORMED, CLOSE_UNSUPPORTED, ProtocolError, SyncRoom } from './sync-room';

export const SYNC_PATH_PREFIX = '/sync/';
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
const CLOSE_GOING_AWAY = 1001;
const CLOSE_CANNOT_OPEN = 1011;
const HEARTBEAT_MS = 30_000;

// What a client is told when its workshop cannot be opened; the host's own
// console gets the full message with file names.
function reasonFor(error: unknown): string {
  const code = error instanceof StoreError ? error.code : null;
  if (code === 'newer-version') return 'The host saved this workshop with a newer version.';
  if (code === 'closed') return 'The host is shutting down.';
  if (code === 'corrupt-snapshot' || code === 'foreign-file' || code === 'invalid-workshop') {
    return "The host's saved copy of this workshop is damaged.";
  }
  return 'The host could not open this workshop.';
}

function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** The `/sync/<workshopId>` WebSocket relay: one SyncRoom per workshop in use. */
export class SyncEndpoint {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly rooms = new Map<string, Promise<SyncRoom>>();
  private readonly alive = new WeakSet<WebSocket>();
  /** Connections closed for breaking the protocol: their queued frames are dropped. */
  private readonly refused = new WeakSet<WebSocket>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly store: HostStore,
    private readonly log: (message: string) => void,
  ) {
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Workshop id for a `/sync/...` path, or null when it is not a valid one. */
  static workshopIdFromPath(path: string): string | null {
    if (!path.startsWith(SYNC_PATH_PREFIX)) return null;
    let id: string;
    try {
      id = decodeURIComponent(path.slice(SYNC_PATH_PREFIX.length));
    } catch {
      return null;
    }
    return isWorkshopId(id) ? id : null;
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, workshopId: string): void {
    this.wss.handleUpgrade(req, socket, head, (conn) => this.accept(conn, workshopId));
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const conn of this.wss.clients) conn.close(CLOSE_GOING_AWAY, 'The host is shutting down.');
    const rooms = await Promise.allSettled(this.rooms.values());
    for (const room of rooms) if (room.status === 'fulfilled') room.value.destroy();
    this.rooms.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(conn: WebSocket, workshopId: string): void {
    this.alive.add(conn);
    conn.on('pong', () => this.alive.add(conn));
    conn.on('error', () => conn.terminate());
    // Added even if the socket has closed meanwhile: the frames it sent
    // before closing are still applied (and saved), then 'close' removes it.
    const ready = this.room(workshopId).then((room) => {
      room.add(conn);
      return room;
    });
    ready.catch((error: unknown) => {
      this.log(`Workshop ${workshopId} could not be opened: ${(error as Error).message}`);
      conn.close(CLOSE_CANNOT_OPEN, reasonFor(error));
    });
    // Frames that arrive while the workshop is still loading wait, in order.
    conn.on('message', (data, isBinary) => {
      if (!isBinary) {
        this.refuse(conn, CLOSE_UNSUPPORTED, 'Binary frames only.');
        return;
      }
      const bytes = asBytes(data);
      ready.then(
        (room) => {
          if (this.refused.has(conn)) return;
          try {
            room.handle(conn, bytes);
          } catch (error) {
            if (error instanceof ProtocolError) this.refuse(conn, error.code, error.message);
            else this.refuse(conn, CLOSE_MALFORMED, 'Malformed message.');
          }
        },
        () => undefined,
      );
    });
    // A room lives as long as the host: its workshop stays open in the store
    // anyway, and keeping it avoids racing a late joiner against teardown.
    conn.on('close', () => {
      ready.then(
        (room) => room.remove(conn),
        () => undefined,
      );
    });
  }

  private refuse(conn: WebSocket, code: number, reason: string): void {
    this.refused.add(conn);
    conn.close(code, reason);
  }

  private room(workshopId: string): Promise<SyncRoom> {
    let room = this.rooms.get(workshopId);
    if (room === undefined) {
      room = this.store.workshop(workshopId).then((workshop) => new SyncRoom(workshop));
      room.catch(() => this.rooms.delete(workshopId));
      this.rooms.set(workshopId, room);
    }
    return room;
  }

  private beat(): void {
    for (const conn of this.wss.clients) {
      if (!this.alive.has(conn)) {
        conn.terminate();
        continue;
      }
      this.alive.delete(conn);
      conn.ping();
    }
  }
}
