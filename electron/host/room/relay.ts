import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { readEnvelope } from '../../../shared/room/crypto';
import {
  MAX_FRAME_BYTES,
  MAX_MESSAGE_BYTES,
  PartAssembler,
  decodeClientMessage,
  encodeRelayMessage,
  isPartFrame,
  toFrames,
  type RelayControl,
} from '../../../shared/room/relay-frames';
import { ConnectionCounter, TokenBucket, type ConnectionLimit, type RateLimit } from './limits';
import type { OpenRoom } from './open-room';
import { saveProblemText } from '../store/save-problem';
import type { StoreError } from '../store/store-error';
import {
  CLOSE_GOING_AWAY,
  CLOSE_MALFORMED,
  CLOSE_POLICY,
  Heartbeat,
  admitUpgrade,
  asBytes,
  sendTo,
} from './ws-util';

// The blind relay (PROTOCOL.md): stores and forwards the room's ciphertext.
// It checks only the shape of what it is given (frames, envelopes), never
// the content, which it cannot read.

export interface RelayLimits {
  connections: ConnectionLimit;
  rate: RateLimit;
  /** Malformed frames a socket may send before it is closed. */
  strikes: number;
  /** Frames after the last snapshot before a member is asked to compact. */
  compactEvery: number;
  /** How long an asked member has to post its snapshot. */
  compactTimeoutMs: number;
  /** Ciphertext a room may hold before further updates are refused. */
  maxRoomBytes: number;
  /** Largest awareness frame. */
  maxAwarenessBytes: number;
}

export const DEFAULT_RELAY_LIMITS: RelayLimits = {
  connections: { perAddress: 32, total: 256 },
  rate: { burst: 1000, perSecond: 300 },
  strikes: 16,
  compactEvery: 500,
  compactTimeoutMs: 30_000,
  maxRoomBytes: 256 * 1024 * 1024,
  maxAwarenessBytes: 64 * 1024,
};

interface Member {
  readonly id: number;
  readonly room: OpenRoom;
  readonly conn: WebSocket;
  readonly address: string;
  readonly bucket: TokenBucket;
  readonly parts: PartAssembler;
  strikes: number;
  /**
   * The last presence frame this member sent, as relayed (ciphertext: the
   * relay cannot read it). Replayed to newcomers so they see who is here at
   * once; memory only, and gone when the connection closes.
   */
  presence: Uint8Array | null;
}

interface CompactionAsk {
  member: Member;
  through: number;
  at: number;
}

/** Counts of what the relay has refused, for tests and the host's log. */
export interface RelayStats {
  malformed: number;
  rateLimited: number;
  refusedUpgrades: number;
}

export class RelayServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly counter: ConnectionCounter;
  private readonly members = new Map<string, Map<WebSocket, Member>>();
  private readonly asks = new Map<string, CompactionAsk>();
  private readonly heartbeat: Heartbeat;
  private nextId = 1;
  readonly stats: RelayStats = { malformed: 0, rateLimited: 0, refusedUpgrades: 0 };

  constructor(
    private readonly limits: RelayLimits = DEFAULT_RELAY_LIMITS,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.counter = new ConnectionCounter(limits.connections);
    this.heartbeat = new Heartbeat(() => this.wss.clients);
  }

  /** Members connected to a room now. */
  memberCount(roomName: string): number {
    return this.members.get(roomName)?.size ?? 0;
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, room: OpenRoom): void {
    const admitted = admitUpgrade(this.wss, this.counter, req, socket, head, (conn, address) => this.accept(conn, room, address));
    if (!admitted) this.stats.refusedUpgrades += 1;
  }

  /** Closes every member of a room (it is being closed or replaced). */
  /** Tells every member of a room that the host cannot save its history, or can again. */
  tellSaving(roomName: string, problem: StoreError | null): void {
    const text = JSON.stringify({ type: 'saving', problem: problem && saveProblemText(problem) } satisfies RelayControl);
    for (const member of this.members.get(roomName)?.values() ?? []) sendTo(member.conn, text);
  }

  closeRoom(roomName: string, reason: string): void {
    for (const member of this.members.get(roomName)?.values() ?? []) member.conn.close(CLOSE_GOING_AWAY, reason);
  }

  async close(): Promise<void> {
    this.heartbeat.stop();
    for (const conn of this.wss.clients) conn.close(CLOSE_GOING_AWAY, 'The host is shutting down.');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(conn: WebSocket, room: OpenRoom, address: string): void {
    const member: Member = {
      id: this.nextId++,
      room,
      conn,
      address,
      bucket: new TokenBucket(this.limits.rate),
      parts: new PartAssembler(MAX_MESSAGE_BYTES),
      strikes: 0,
      presence: null,
    };
    this.heartbeat.watch(conn);
    conn.on('error', () => conn.terminate());
    let roomMembers = this.members.get(room.name);
    if (roomMembers === undefined) this.members.set(room.name, (roomMembers = new Map()));
    roomMembers.set(conn, member);
    conn.on('close', () => this.leave(member));
    conn.on('message', (data, isBinary) => {
      try {
        this.onFrame(member, isBinary ? asBytes(data) : null);
      } catch (error) {
        // A bug here must cost one socket, never the host.
        this.log(`Relay: dropped a connection after an internal error: ${(error as Error).message}`);
        conn.close(CLOSE_MALFORMED, 'The host could not handle a message.');
      }
    });
    this.sendBacklog(member);
  }

  private sendBacklog(member: Member): void {
    const log = member.room.log;
    const backlog = log.backlog();
    this.control(member, { type: 'welcome', room: member.room.name, workshopId: member.room.workshopId, head: log.head, backlog: backlog.length });
    if (log.failure) this.control(member, { type: 'saving', problem: saveProblemText(log.failure) });
    for (const entry of backlog) for (const frame of toFrames(entry.wire)) sendTo(member.conn, frame);
    // Then who is here: each present member's last presence, byte for byte as they sent it.
    for (const other of this.members.get(member.room.name)?.values() ?? []) {
      if (other !== member && other.presence !== null) for (const frame of toFrames(other.presence)) sendTo(member.conn, frame);
    }
    this.control(member, { type: 'synced', head: log.head });
  }

  private control(member: Member, message: RelayControl): void {
    sendTo(member.conn, JSON.stringify(message));
  }

  private strike(member: Member, why: string): void {
    this.stats.malformed += 1;
    member.strikes += 1;
    if (member.strikes >= this.limits.strikes) member.conn.close(CLOSE_POLICY, `Too many malformed messages (last: ${why})`);
  }

  private onFrame(member: Member, frame: Uint8Array | null): void {
    if (member.conn.readyState !== member.conn.OPEN) return;
    if (!member.bucket.take()) {
      this.stats.rateLimited += 1;
      member.conn.close(CLOSE_POLICY, 'Too many messages: slow down and reconnect.');
      return;
    }
    if (frame === null) return this.strike(member, 'text frames are not used by the relay');
    let message = frame;
    if (isPartFrame(frame)) {
      // A broken sequence of parts is dropped whole (the assembler resets).
      const result = member.parts.push(frame);
      if ('error' in result) return this.strike(member, result.error);
      if ('pending' in result) return;
      message = result.message;
    } else if (member.parts.inProgress) {
      member.parts.reset();
      this.strike(member, 'a message was interrupted before its last part');
    }
    const decoded = decodeClientMessage(message);
    if (decoded === null) return this.strike(member, 'not a relay message');
    if (readEnvelope(decoded.sealed) === null) return this.strike(member, 'not a sealed room message');
    if (decoded.kind === 'update') this.onUpdate(member, decoded.sealed);
    else if (decoded.kind === 'snapshot') this.onSnapshot(member, decoded.through, decoded.sealed);
    else this.onAwareness(member, decoded.sealed);
  }

  private onUpdate(member: Member, sealed: Uint8Array): void {
    const log = member.room.log;
    if (log.bytes + sealed.length > this.limits.maxRoomBytes) {
      member.conn.close(CLOSE_POLICY, "The room's history on the host is full.");
      return;
    }
    const entry = log.appendUpdate(sealed);
    this.broadcast(member, entry.wire);
    this.maybeAskCompaction(member.room);
  }

  private onSnapshot(member: Member, through: number, sealed: Uint8Array): void {
    const ask = this.asks.get(member.room.name);
    // Only the member asked may compact: one snapshot at a time, and a
    // member cannot wipe history it was not asked to cover.
    if (ask === undefined || ask.member !== member || through > ask.through) return this.strike(member, 'a snapshot nobody asked for');
    this.asks.delete(member.room.name);
    if (member.room.log.appendSnapshot(through, sealed) === null) this.strike(member, 'a snapshot behind the last one');
  }

  private onAwareness(member: Member, sealed: Uint8Array): void {
    if (sealed.length > this.limits.maxAwarenessBytes) return this.strike(member, 'presence too large');
    const wire = encodeRelayMessage({ kind: 'awareness', from: member.id, sealed });
    member.presence = wire;
    this.broadcast(member, wire);
  }

  private broadcast(sender: Member, wire: Uint8Array): void {
    const frames = toFrames(wire);
    for (const other of this.members.get(sender.room.name)?.values() ?? []) {
      if (other === sender) continue;
      for (const frame of frames) sendTo(other.conn, frame);
    }
  }

  private maybeAskCompaction(room: OpenRoom): void {
    if (room.log.sinceSnapshot < this.limits.compactEvery) return;
    const pending = this.asks.get(room.name);
    const now = Date.now();
    if (pending !== undefined && now - pending.at < this.limits.compactTimeoutMs) return;
    // The longest-connected member: it has seen the most and is most likely to stay.
    const members = this.members.get(room.name);
    let chosen: Member | undefined;
    for (const member of members?.values() ?? []) {
      if (member.conn.readyState !== member.conn.OPEN || member === pending?.member) continue;
      if (chosen === undefined || member.id < chosen.id) chosen = member;
    }
    if (chosen === undefined) chosen = pending?.member;
    if (chosen === undefined) return;
    this.asks.set(room.name, { member: chosen, through: room.log.head, at: now });
    this.control(chosen, { type: 'compact', through: room.log.head });
  }

  private leave(member: Member): void {
    const members = this.members.get(member.room.name);
    if (members?.get(member.conn) !== member) return;
    members.delete(member.conn);
    member.presence = null;
    if (members.size === 0) this.members.delete(member.room.name);
    if (this.asks.get(member.room.name)?.member === member) this.asks.delete(member.room.name);
    const left = encodeRelayMessage({ kind: 'left', from: member.id });
    for (const other of members.values()) sendTo(other.conn, left);
  }
}
