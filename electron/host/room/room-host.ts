import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { isJoinToken, joinTokenAsync } from '../../../shared/room/crypto';
import { canonicalRoomName, defaultRoomWorkshopId, joinUrl, roomSecretProblem } from '../../../shared/room/room-code';
import { isWorkshopId } from '../store/workshop-id';
import { StoreError } from '../store/store-error';
import { RoomRegistry, type OpenRoom } from './open-room';
import { DEFAULT_RELAY_LIMITS, RelayServer, type RelayLimits } from './relay';
import { RelayLog } from './relay-log';
import { DEFAULT_SIGNALING_LIMITS, SignalingServer, type SignalingLimits } from './signaling';
import { refuseUpgrade, tokenOf } from './ws-util';

export const SIGNAL_PATH = '/signal';
export const RELAY_PATH = '/relay';

export interface RoomLimits {
  signaling?: Partial<SignalingLimits>;
  relay?: Partial<RelayLimits>;
}

/**
 * What opens a room. The secret, when given, is used only to derive the join
 * token (and the join link returned to the caller) and is not kept; a caller
 * that would rather the host never see it passes the join token instead.
 */
export type OpenRoomOptions = { name: string; workshopId?: string } & ({ secret: string } | { joinToken: string });

export interface OpenedRoom {
  /** Canonical room name: the y-webrtc topic and the key-derivation salt. */
  name: string;
  workshopId: string;
  joinToken: string;
  /** For a stock y-webrtc client: `signaling: [signalingUrl]`, `password: secret`. */
  signalingUrl: string;
  relayUrl: string;
  /** The link for browser joiners (null when opened with a token: the host does not know the secret). */
  joinUrl: string | null;
}

/** A room that cannot be opened; `message` is meant for people. */
export class RoomOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoomOpenError';
  }
}

function wsUrl(httpUrl: string, path: string, token: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = path;
  url.search = `?token=${token}`;
  return url.toString();
}

/** The host's rooms: opening them, and the /signal and /relay endpoints. */
export class RoomHost {
  readonly rooms = new RoomRegistry();
  readonly signaling: SignalingServer;
  readonly relay: RelayServer;

  constructor(
    private readonly dataDir: string,
    /** Where others reach this host (http://address:port/). */
    private readonly publicUrl: () => string,
    limits: RoomLimits = {},
    private readonly log: (message: string) => void = () => undefined,
    /** How soon a room's history tries saving again after a disk write failed (ms). */
    private readonly retrySaveMs?: number,
  ) {
    this.signaling = new SignalingServer({ ...DEFAULT_SIGNALING_LIMITS, ...limits.signaling }, log);
    this.relay = new RelayServer({ ...DEFAULT_RELAY_LIMITS, ...limits.relay }, log);
  }

  static handles(path: string): boolean {
    return path === SIGNAL_PATH || path === RELAY_PATH;
  }

  /** Opens (or reopens) a room; its history on disk is served again. */
  async openRoom(options: OpenRoomOptions): Promise<OpenedRoom> {
    const name = canonicalRoomName(options.name);
    if (name === null) {
      throw new RoomOpenError(`"${options.name.slice(0, 40)}" cannot be a room name: use 1–32 letters, digits or hyphens.`);
    }
    const workshopId = options.workshopId ?? defaultRoomWorkshopId(name);
    if (!isWorkshopId(workshopId)) throw new RoomOpenError(`"${String(workshopId).slice(0, 80)}" is not a workshop id.`);
    let token: string;
    let secret: string | null = null;
    if ('secret' in options) {
      const problem = roomSecretProblem(options.secret);
      if (problem !== null) throw new RoomOpenError(problem);
      secret = options.secret;
      token = await joinTokenAsync(options.secret, name);
    } else {
      if (!isJoinToken(options.joinToken)) throw new RoomOpenError('That is not a join token (64 hex digits).');
      token = options.joinToken;
    }
    const existing = this.rooms.get(name);
    if (existing !== undefined && existing.token !== token) await this.closeRoom(name, 'The room was reopened with another secret.');
    let room = this.rooms.get(name);
    if (room === undefined) {
      let log: RelayLog;
      try {
        log = await RelayLog.open(this.dataDir, name, token, {
          onError: (error) => this.log(error.message),
          ...(this.retrySaveMs === undefined ? {} : { retrySaveMs: this.retrySaveMs }),
        });
        // A full disk must not look like "saved": the members are told, and told again once it saves.
        log.watchSaveStatus((problem) => this.relay.tellSaving(name, problem));
      } catch (error) {
        if (error instanceof StoreError) throw new RoomOpenError(error.message);
        throw error;
      }
      room = { name, workshopId, token, log };
      this.rooms.add(room);
    } else if (room.workshopId !== workshopId) {
      room = { ...room, workshopId };
      this.rooms.add(room);
    }
    const base = this.publicUrl();
    return {
      name,
      workshopId,
      joinToken: token,
      signalingUrl: wsUrl(base, SIGNAL_PATH, token),
      relayUrl: wsUrl(base, RELAY_PATH, token),
      joinUrl: secret === null ? null : joinUrl(base, name, secret),
    };
  }

  /** Closes a room: members are disconnected, its history stays on disk. */
  async closeRoom(name: string, reason = 'The room was closed on the host.'): Promise<void> {
    const room = this.rooms.remove(name);
    if (room === undefined) return;
    this.signaling.closeRoom(name, reason);
    this.relay.closeRoom(name, reason);
    await room.log.close();
  }

  /** Handles an upgrade to /signal or /relay (the caller has checked Host and Origin). */
  upgrade(path: string, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const room: OpenRoom | null = this.rooms.byToken(tokenOf(req));
    if (room === null) {
      refuseUpgrade(socket, 403, 'Forbidden', 'No open room has this join token: check the room code and secret.');
      return;
    }
    if (path === SIGNAL_PATH) this.signaling.upgrade(req, socket, head, room);
    else this.relay.upgrade(req, socket, head, room);
  }

  async close(): Promise<void> {
    await this.signaling.close();
    await this.relay.close();
    for (const room of this.rooms.all()) {
      this.rooms.remove(room.name);
      await room.log.close();
    }
  }
}
