import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { ConnectionCounter, TokenBucket, type ConnectionLimit, type RateLimit } from './limits';
import type { OpenRoom } from './open-room';
import { CLOSE_GOING_AWAY, CLOSE_POLICY, Heartbeat, admitUpgrade, sendTo } from './ws-util';

// Signaling for the room's WebRTC mesh, in y-webrtc's own protocol (JSON
// text frames: subscribe, unsubscribe, publish, ping) so a stock y-webrtc
// client joins. Unlike y-webrtc's bin/server.js it binds only the host's
// address (it shares its server), checks a join token, serves one topic
// (the token's room), caps payloads, limits sockets and message rates, and
// shrugs off frames it cannot read. The SDP it forwards is sealed with the
// room key by the clients; this server cannot read it.

export interface SignalingLimits {
  connections: ConnectionLimit;
  rate: RateLimit;
  maxFrameBytes: number;
  /** Unreadable frames a socket may send before it is closed. */
  strikes: number;
}

export const DEFAULT_SIGNALING_LIMITS: SignalingLimits = {
  connections: { perAddress: 32, total: 256 },
  rate: { burst: 500, perSecond: 100 },
  maxFrameBytes: 64 * 1024,
  strikes: 16,
};

interface Peer {
  readonly room: OpenRoom;
  readonly conn: WebSocket;
  readonly bucket: TokenBucket;
  subscribed: boolean;
  strikes: number;
}

export interface SignalingStats {
  malformed: number;
  rateLimited: number;
  refusedTopics: number;
  refusedUpgrades: number;
}

const MAX_TOPICS = 32;

export class SignalingServer {
  private readonly wss: WebSocketServer;
  private readonly counter: ConnectionCounter;
  /** Subscribers of each room's topic. */
  private readonly topics = new Map<string, Set<Peer>>();
  private readonly peers = new Set<Peer>();
  private readonly heartbeat: Heartbeat;
  readonly stats: SignalingStats = { malformed: 0, rateLimited: 0, refusedTopics: 0, refusedUpgrades: 0 };

  constructor(
    private readonly limits: SignalingLimits = DEFAULT_SIGNALING_LIMITS,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
    this.counter = new ConnectionCounter(limits.connections);
    this.heartbeat = new Heartbeat(() => this.wss.clients);
  }

  subscriberCount(roomName: string): number {
    return this.topics.get(roomName)?.size ?? 0;
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, room: OpenRoom): void {
    const admitted = admitUpgrade(this.wss, this.counter, req, socket, head, (conn) => this.accept(conn, room));
    if (!admitted) this.stats.refusedUpgrades += 1;
  }

  closeRoom(roomName: string, reason: string): void {
    for (const peer of this.peers) if (peer.room.name === roomName) peer.conn.close(CLOSE_GOING_AWAY, reason);
  }

  async close(): Promise<void> {
    this.heartbeat.stop();
    for (const conn of this.wss.clients) conn.close(CLOSE_GOING_AWAY, 'The host is shutting down.');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(conn: WebSocket, room: OpenRoom): void {
    const peer: Peer = { room, conn, bucket: new TokenBucket(this.limits.rate), subscribed: false, strikes: 0 };
    this.peers.add(peer);
    this.heartbeat.watch(conn);
    conn.on('error', () => conn.terminate());
    conn.on('close', () => {
      this.peers.delete(peer);
      this.unsubscribe(peer);
    });
    conn.on('message', (data, isBinary) => {
      try {
        this.onFrame(peer, isBinary ? null : data.toString());
      } catch (error) {
        this.log(`Signaling: dropped a connection after an internal error: ${(error as Error).message}`);
        conn.close(CLOSE_POLICY, 'The host could not handle a message.');
      }
    });
  }

  private strike(peer: Peer): void {
    this.stats.malformed += 1;
    peer.strikes += 1;
    if (peer.strikes >= this.limits.strikes) peer.conn.close(CLOSE_POLICY, 'Too many unreadable messages.');
  }

  private onFrame(peer: Peer, text: string | null): void {
    if (peer.conn.readyState !== peer.conn.OPEN) return;
    if (!peer.bucket.take()) {
      this.stats.rateLimited += 1;
      peer.conn.close(CLOSE_POLICY, 'Too many messages: slow down and reconnect.');
      return;
    }
    if (text === null) return this.strike(peer);
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return this.strike(peer);
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return this.strike(peer);
    const m = message as Record<string, unknown>;
    switch (m.type) {
      case 'ping':
        sendTo(peer.conn, '{"type":"pong"}');
        return;
      case 'subscribe':
        return this.onSubscribe(peer, m.topics);
      case 'unsubscribe':
        if (Array.isArray(m.topics) && m.topics.includes(peer.room.name)) this.unsubscribe(peer);
        return;
      case 'publish':
        return this.onPublish(peer, m);
      default:
        return this.strike(peer);
    }
  }

  private onSubscribe(peer: Peer, topics: unknown): void {
    if (!Array.isArray(topics) || topics.length > MAX_TOPICS) return this.strike(peer);
    const refused: string[] = [];
    for (const topic of topics) {
      if (topic === peer.room.name) {
        let subscribers = this.topics.get(topic);
        if (subscribers === undefined) this.topics.set(topic, (subscribers = new Set()));
        subscribers.add(peer);
        peer.subscribed = true;
      } else if (typeof topic === 'string') {
        refused.push(topic.slice(0, 64));
      }
    }
    if (refused.length > 0) {
      this.stats.refusedTopics += refused.length;
      sendTo(peer.conn, JSON.stringify({ type: 'refused', topics: refused, reason: 'This host serves only the room your join token opens.' }));
    }
  }

  private onPublish(peer: Peer, message: Record<string, unknown>): void {
    if (message.topic !== peer.room.name) {
      this.stats.refusedTopics += 1;
      return;
    }
    const subscribers = this.topics.get(peer.room.name);
    if (subscribers === undefined) return;
    // Forwarded as y-webrtc's server does: the same message plus the number
    // of subscribers, to every subscriber (the sender ignores its own).
    const out = JSON.stringify({ type: 'publish', topic: peer.room.name, data: message.data, clients: subscribers.size });
    for (const subscriber of subscribers) sendTo(subscriber.conn, out);
  }

  private unsubscribe(peer: Peer): void {
    const subscribers = this.topics.get(peer.room.name);
    if (subscribers === undefined) return;
    subscribers.delete(peer);
    peer.subscribed = false;
    if (subscribers.size === 0) this.topics.delete(peer.room.name);
  }
}
