import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';

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
