import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { handleApi } from './api';
import { findLanAddress, urlFor } from './lan-address';
import {
  LOCAL_ONLY_MESSAGE,
  corsOrigin,
  defaultAllowedHostnames,
  isAllowedHost,
  isAllowedOrigin,
  isAllowedRoomOrigin,
  isLocalAddress,
  ownAddresses,
} from './request-guard';
import { RoomHost, type OpenRoomOptions, type OpenedRoom, type RoomLimits } from './room/room-host';
import { refuseUpgrade } from './room/ws-util';
import { setSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';
import { HostStore } from './store/host-store';
import type { StoreError } from './store/store-error';
import { SyncEndpoint } from './sync-endpoint';
import { LanAnnouncer, bonjourAdvertiser, type Advertiser } from './room/lan-announcer';

export interface HostOptions {
  port: number;
  host: string;
  dataDir: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Extra names this host may be reached by (beyond IP literals and localhost). */
  allowedHostnames?: string[];
  /** Extra page origins allowed to open a sync socket (e.g. the desktop app's). */
  allowedOrigins?: string[];
  /** Where to report problems nobody is waiting for (default: console.error). */
  log?: (message: string) => void;
  /** Limits of the room endpoints (defaults in room/signaling.ts and room/relay.ts). */
  roomLimits?: RoomLimits;
  /** This computer's own addresses, which count as local (default: its interfaces). */
  ownAddresses?: () => string[];
  /** How soon to try saving again after a disk write failed (ms; tests shorten it). */
  retrySaveMs?: number;
  /**
   * Announce open rooms on the network (mDNS) so the desktop app can list
   * them. Default: when the host listens on a network address, not loopback.
   */
  announceRooms?: boolean | { create: () => Advertiser };
}

export interface RunningHost {
  url: string;
  port: number;
  store: HostStore;
  /** Opens a room on this host (see room/room-host.ts); prints nothing. */
  openRoom(options: OpenRoomOptions): Promise<OpenedRoom>;
  closeRoom(name: string): Promise<void>;
  rooms: RoomHost;
  close(): Promise<void>;
}

/** Raised when the server cannot start; `message` is meant for people. */
export class HostStartError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HostStartError';
  }
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): HostStartError {
  const code = error.code ?? 'UNKNOWN';
  if (code === 'EADDRINUSE') return new HostStartError(`Port ${port} is already in use. Choose another with --port.`, code);
  if (code === 'EACCES') return new HostStartError(`Port ${port} needs administrator rights here. Choose another with --port.`, code);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new HostStartError(`The address ${host} does not belong to this computer. Choose another with --host.`, code);
  }
  return new HostStartError(`Could not listen on ${host}:${port}: ${error.message}`, code);
}

function rawPath(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q >= 0 ? url.slice(0, q) : url;
}

/**
 * Starts the host: opens the data folder (checked and locked first), then
 * serves the renderer, the JSON API and the sync relay on one port.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? ((message: string) => console.error(message));
  const hostnames = [...defaultAllowedHostnames(), ...(options.allowedHostnames ?? [])];
  const origins = options.allowedOrigins ?? [];
  const store = await HostStore.open(options.dataDir, {
    onError: (error: StoreError) => log(error.message),
    ...(options.retrySaveMs === undefined ? {} : { retrySaveMs: options.retrySaveMs }),
  });
  const sync = new SyncEndpoint(store, log);
  const mine = options.ownAddresses ?? ownAddresses;
  const isLocal = (req: IncomingMessage): boolean => isLocalAddress(req.socket.remoteAddress, mine());
  let publicUrl = urlFor(options.host, options.port);
  const rooms = new RoomHost(options.dataDir, () => publicUrl, options.roomLimits, log, options.retrySaveMs);

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(res);
    if (!isAllowedHost(req.headers.host, hostnames)) {
      res.statusCode = 421;
      res.end('Unknown host name.');
      return;
    }
    const path = rawPath(req);
    const route = async (): Promise<void> => {
      if (path.startsWith('/api/')) {
        const allowed = corsOrigin(req.headers.origin, origins);
        if (allowed !== null) {
          res.setHeader('Access-Control-Allow-Origin', allowed);
          res.setHeader('Vary', 'Origin');
        }
        if (req.method === 'OPTIONS') {
          res.statusCode = allowed === null ? 403 : 204;
          // Saved templates also take PUT/DELETE with a JSON body from the desktop window (template-api.ts).
          const templates = path.startsWith('/api/templates/');
          res.setHeader('Access-Control-Allow-Methods', templates ? 'GET, HEAD, PUT, DELETE' : 'GET, HEAD');
          if (templates) res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
          res.end();
          return;
        }
        return handleApi(path, req, res, store, isLocal(req) ? null : LOCAL_ONLY_MESSAGE);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.statusCode = 405;
        res.setHeader('Allow', 'GET, HEAD');
        res.end();
        return;
      }
      return serveStatic(options.staticDir, path, req, res);
    };
    route().catch((error: unknown) => {
      log(`Request ${path} failed: ${(error as Error).message}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const refuse = (status: string): void => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const path = rawPath(req);
    const { host, origin } = req.headers;
    if (!isAllowedHost(host, hostnames)) return refuse('403 Forbidden');
    if (RoomHost.handles(path)) {
      // The join token is the credential here: the desktop app may join any host's room.
      if (!isAllowedRoomOrigin(origin, host, origins)) return refuse('403 Forbidden');
      rooms.upgrade(path, req, socket, head);
      return;
    }
    if (!isAllowedOrigin(origin, host, origins)) return refuse('403 Forbidden');
    const workshopId = SyncEndpoint.workshopIdFromPath(path);
    if (workshopId === null) return refuse('400 Bad Request');
    if (!isLocal(req)) return refuseUpgrade(socket, 403, 'Forbidden', LOCAL_ONLY_MESSAGE);
    sync.upgrade(req, socket, head, workshopId);
  };

  const server = createServer(onRequest);
  server.on('upgrade', onUpgrade);
  server.on('clientError', (_error, socket) => socket.destroy());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await rooms.close();
    await sync.close();
    await store.close();
    throw listenError(error as NodeJS.ErrnoException, options.host, options.port);
  }
  server.on('error', (error) => log(`Server error: ${error.message}`));

  const port = (server.address() as AddressInfo).port;
  const wildcard = options.host === '0.0.0.0' || options.host === '::';
  const shownHost = wildcard ? '127.0.0.1' : options.host;
  // Room links must work from other computers: a host on every interface
  // names its LAN address there.
  publicUrl = urlFor(wildcard ? (findLanAddress() ?? shownHost) : shownHost, port);
  const announcer = roomAnnouncer(options, log);
  let closing: Promise<void> | null = null;
  return {
    url: urlFor(shownHost, port),
    port,
    store,
    rooms,
    openRoom: async (roomOptions) => {
      const opened = await rooms.openRoom(roomOptions);
      announcer?.announce(opened.name, port);
      return opened;
    },
    closeRoom: (name) => {
      announcer?.withdraw(name);
      return rooms.closeRoom(name);
    },
    close: () => {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await announcer?.close();
        await rooms.close();
        await sync.close();
        server.closeAllConnections();
        await stopped;
        await store.close();
      })();
      return closing;
    },
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function roomAnnouncer(options: HostOptions, log: (message: string) => void): LanAnnouncer | null {
  const setting = options.announceRooms ?? !isLoopback(options.host);
  if (setting === false) return null;
  const wildcard = options.host === '0.0.0.0' || options.host === '::';
  const create = setting === true
    ? () => bonjourAdvertiser(wildcard ? null : options.host, (error) => log(`Announcing rooms on the network failed: ${error.message}. Codes and links still work.`))
    : setting.create;
  return new LanAnnouncer(create, log);
}
