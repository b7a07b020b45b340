import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket, WebSocketServer } from 'ws';

// Close codes the room endpoints use (RFC 6455 §7.4.1).
export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_UNSUPPORTED = 1003;
export const CLOSE_MALFORMED = 1007;
export const CLOSE_POLICY = 1008;
export const CLOSE_TOO_BIG = 1009;
export const CLOSE_TOO_SLOW = 1013;

/** A client that cannot keep up is dropped rather than buffered without end. */
export const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
export const HEARTBEAT_MS = 30_000;

export function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** Answers an upgrade request with a plain HTTP error and a sentence saying why. */
export function refuseUpgrade(socket: Duplex, status: number, statusText: string, message: string): void {
  const body = Buffer.from(`${message}\n`, 'utf8');
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${body.toString('utf8')}`,
  );
}

/** The remote address of a request, IPv4-mapped IPv6 written as plain IPv4. */
export function remoteAddressOf(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** The `token` query parameter of an upgrade request (null when missing). */
export function tokenOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', 'http://x').searchParams.get('token');
  } catch {
    return null;
  }
}

/** Sends unless the socket is gone or too far behind (then closes it). */
export function sendTo(conn: WebSocket, data: Uint8Array | string): boolean {
  if (conn.readyState !== conn.OPEN) return false;
  if (conn.bufferedAmount > MAX_BUFFERED_BYTES) {
    conn.close(CLOSE_TOO_SLOW, 'Too far behind; please reconnect.');
    return false;
  }
  conn.send(data, (error) => {
    if (error) conn.terminate();
  });
  return true;
}

/** Pings every socket each period; one that did not answer the last ping is dropped. */
export class Heartbeat {
  private readonly alive = new WeakSet<WebSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly clients: () => Iterable<WebSocket>,
    periodMs = HEARTBEAT_MS,
  ) {
    this.timer = setInterval(() => this.beat(), periodMs);
    this.timer.unref();
  }

  watch(conn: WebSocket): void {
    this.alive.add(conn);
    conn.on('pong', () => this.alive.add(conn));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private beat(): void {
    for (const conn of this.clients()) {
      if (!this.alive.has(conn)) {
        conn.terminate();
        continue;
      }
      this.alive.delete(conn);
      try {
        conn.ping();
      } catch {
        conn.terminate();
      }
    }
  }
}

/** What admitUpgrade needs from a room endpoint's per-address connection limit. */
export interface UpgradeCounter {
  admit(address: string): string | null;
  release(address: string): void;
}

/**
 * Admits one WebSocket upgrade under the per-address connection limit, and
 * gives the slot back exactly once, whichever of the socket or the connection
 * closes first. Returns false (and answers 503) when the limit refuses it.
 */
export function admitUpgrade(
  wss: WebSocketServer,
  counter: UpgradeCounter,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  onConnection: (conn: WebSocket, address: string) => void,
): boolean {
  const address = remoteAddressOf(req);
  const refused = counter.admit(address);
  if (refused !== null) {
    refuseUpgrade(socket, 503, 'Service Unavailable', refused);
    return false;
  }
  let released = false;
  const release = (): void => {
    if (!released) counter.release(address);
    released = true;
  };
  socket.once('close', release);
  wss.handleUpgrade(req, socket, head, (conn) => {
    conn.once('close', release);
    onConnection(conn, address);
  });
  return true;
}
