import { join } from 'node:path';
import { findLanAddress } from '../host/lan-address';
import { startHost, type HostOptions, type RunningHost } from '../host/server';
import { generateRoomCode, generateRoomSecret } from '../../shared/room/room-code';
import type { RoomOpenRequest, RoomOpenResult } from '../../shared/ipc/contract';

// The room is served from this laptop's network address, so colleagues'
// laptops can reach it. It is a second host beside the loopback one that
// keeps this app's own workshops: the same code (electron/host), its own data
// folder (it stores only the room's ciphertext log), started on first use.
// Its plaintext /sync and /api answer this computer only (the host enforces it).

export const ROOM_DATA_FOLDER = 'room-host-data';
/** Tried first so join links stay the same from one session to the next; any free port otherwise. */
export const PREFERRED_ROOM_PORT = 5170;

export interface LanRoomHostDeps {
  readonly userDataDir: string;
  readonly staticDir: string;
  /** Page origins allowed to open sockets besides the host's own (the app's). */
  readonly allowedOrigins: string[];
  readonly findAddress?: () => string | null;
  readonly start?: (options: HostOptions) => Promise<RunningHost>;
  readonly log?: (message: string) => void;
}

export class LanRoomHost {
  private running: Promise<RunningHost> | null = null;

  constructor(private readonly deps: LanRoomHostDeps) {}

  /** Opens the workshop's room (a new code and secret unless given: taking over keeps them). */
  async open(request: RoomOpenRequest): Promise<RoomOpenResult> {
    const host = await this.host();
    const roomName = request.roomName ?? generateRoomCode();
    const secret = request.secret ?? generateRoomSecret();
    const opened = await host.openRoom({ name: roomName, secret, workshopId: request.workshopId });
    const hostUrl = new URL(host.url).origin;
    return { roomName: opened.name, secret, hostUrl, joinUrl: opened.joinUrl ?? `${hostUrl}/` };
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await running.then((host) => host.close(), () => undefined);
  }

  private host(): Promise<RunningHost> {
    this.running ??= this.startOnLan().catch((error: unknown) => {
      this.running = null;
      throw error;
    });
    return this.running;
  }

  private async startOnLan(): Promise<RunningHost> {
    const address = (this.deps.findAddress ?? findLanAddress)();
    if (address === null) {
      throw new Error('This computer is not on a network, so nobody could reach the room. Join the room’s Wi-Fi, then open the room again.');
    }
    const start = this.deps.start ?? startHost;
    const options = (port: number): HostOptions => ({
      host: address,
      port,
      dataDir: join(this.deps.userDataDir, ROOM_DATA_FOLDER),
      staticDir: this.deps.staticDir,
      allowedOrigins: this.deps.allowedOrigins,
      ...(this.deps.log ? { log: this.deps.log } : {}),
    });
    try {
      return await start(options(PREFERRED_ROOM_PORT));
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
      return start(options(0));
    }
  }
}

