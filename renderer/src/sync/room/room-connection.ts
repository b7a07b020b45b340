import type * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { UpdateGate } from '../../../../shared/doc/update-gate';
import { RelayClient, type RelayStatus, type SocketFactory } from '../../../../shared/room/relay-client';
import { AwarenessGuard } from './awareness-guard';
import { roomSocketUrl } from './join-room';
import { MeshProvider } from './mesh-provider';
import type { PresenceState } from './presence-state';
import { roomSecrets } from './room-key-cache';
import { deriveRoomStatus, type RoomLinkStatus } from './room-status';

/**
 * One workshop document joined to one room: the mesh (WebRTC, peer to peer)
 * and the host's relay, both on the same Y.Doc and the same presence. Every
 * change from either merges through one UpdateGate; each link sends only this
 * laptop's own changes (the other link already carried the rest). When both
 * links are down the document keeps working on its own (and in the local
 * copy); both links exchange what was missed when they come back.
 */
export interface RoomConnectionOptions {
  readonly doc: Y.Doc;
  readonly roomName: string;
  readonly secret: string;
  /** http(s) origin of the host. */
  readonly hostUrl: string;
  readonly maxConns?: number;
  readonly iceServers?: readonly RTCIceServer[];
  /** Node only: a WebRTC implementation and a WebSocket factory. */
  readonly wrtc?: unknown;
  readonly createSocket?: SocketFactory;
  /** Set false to run on the relay alone (tests, or a browser without WebRTC). */
  readonly mesh?: boolean;
  readonly onChange?: (state: RoomConnectionState) => void;
}

export interface RoomConnectionState {
  readonly status: RoomLinkStatus;
  readonly meshPeers: number;
  /** False where this browser cannot use WebRTC: the relay carries everything. */
  readonly meshAvailable: boolean;
  readonly relay: RelayStatus;
  /** When this laptop last exchanged changes with the room (ms), or null. */
  readonly lastSyncedAt: number | null;
  /** Changes from the room refused because they would break the workshop. */
  readonly refusedUpdates: number;
  /** Messages sealed with another secret: someone is trying the wrong secret. */
  readonly wrongSecretMessages: number;
  readonly refusedPresence: number;
  readonly lastError: string | null;
}

const TICK_MS = 1_000;
const GREET_DELAY_MS = 150;

export class RoomConnection {
  readonly awareness: Awareness;
  readonly gate: UpdateGate;
  readonly relay: RelayClient;
  readonly mesh: MeshProvider | null;
  private readonly guard: AwarenessGuard;
  private readonly timer: ReturnType<typeof setInterval>;
  private counts = { refusedUpdates: 0, wrongSecretMessages: 0, refusedPresence: 0 };
  private lastSyncedAt: number | null = null;
  private lastError: string | null = null;
  private last: RoomConnectionState | null = null;
  private destroyed = false;

  /** Derives the room key and join token (a moment's work), then joins. */
  static async open(options: RoomConnectionOptions): Promise<RoomConnection> {
    const { key, token } = await roomSecrets(options.secret, options.roomName);
    return new RoomConnection(options, key, token);
  }

  private constructor(
    private readonly options: RoomConnectionOptions,
    key: Awaited<ReturnType<typeof roomSecrets>>['key'],
    token: string,
  ) {
    const { doc } = options;
    this.awareness = new Awareness(doc);
    // Presence starts empty; setPresence says who this laptop is.
    this.awareness.setLocalState(null);
    this.gate = new UpdateGate(doc);
    this.guard = new AwarenessGuard(this.awareness, { onRefused: () => this.count('refusedPresence') });
    // Set while constructing: the mesh does not exist yet when the relay is made.
    const isRemote = (origin: unknown): boolean =>
      origin === this.relay || (this.mesh != null && this.mesh.origin !== null && origin === this.mesh.origin);

    this.relay = new RelayClient({
      url: roomSocketUrl(options.hostUrl, 'relay', token),
      doc,
      key,
      awareness: this.awareness,
      gate: this.gate,
      ...(options.createSocket ? { createSocket: options.createSocket } : {}),
      shouldForward: (origin) => !isRemote(origin),
      acceptAwareness: (update) => this.guard.accepts(update),
      onStatus: (info) => {
        if (info.lastError) this.lastError = info.lastError;
        this.publish();
      },
      onRejected: (rejection) => {
        if (rejection.kind === 'decrypt') this.count('wrongSecretMessages');
        else if (rejection.kind === 'invalid') this.count('refusedUpdates');
        else if (rejection.kind === 'presence') this.count('refusedPresence');
      },
    });

    this.mesh = options.mesh === false
      ? null
      : new MeshProvider({
          doc,
          awareness: this.awareness,
          roomName: options.roomName,
          key,
          signalingUrl: roomSocketUrl(options.hostUrl, 'signal', token),
          ...(options.maxConns === undefined ? {} : { maxConns: options.maxConns }),
          ...(options.iceServers === undefined ? {} : { iceServers: options.iceServers }),
          ...(options.wrtc === undefined ? {} : { wrtc: options.wrtc }),
          applyUpdate: (update, origin) => {
            const result = this.gate.apply(update, origin);
            if (result.ok) this.lastSyncedAt = Date.now();
            else this.count('refusedUpdates');
          },
          applyAwareness: (update, origin) => this.guard.apply(update, origin),
          isRemoteOrigin: isRemote,
          onPeers: () => this.publish(),
          onDecryptError: () => this.count('wrongSecretMessages'),
          onMessageError: (error) => {
            this.lastError = error instanceof Error ? error.message : String(error);
          },
        });

    // The relay does not replay presence to newcomers: greet each newcomer by
    // saying again who we are (the mesh sends every state on connect by itself).
    this.awareness.on('update', this.onAwarenessUpdate);
    this.relay.connect();
    this.timer = setInterval(() => this.publish(), TICK_MS);
    doc.on('destroy', this.onDocDestroy);
    this.publish();
  }

  get state(): RoomConnectionState {
    return this.last ?? this.compute();
  }

  /** Says who this laptop is in the room (null: present but anonymous to the room). */
  setPresence(presence: PresenceState | null): void {
    if (this.destroyed) return;
    this.awareness.setLocalState(presence);
  }

  /** Resolves once the relay's history has arrived (or the connection is closed). */
  whenRelaySynced(): Promise<void> {
    return this.relay.whenSynced();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearInterval(this.timer);
    if (this.greetTimer !== null) clearTimeout(this.greetTimer);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.options.doc.off('destroy', this.onDocDestroy);
    // Tell the room we have left before the links close.
    this.awareness.setLocalState(null);
    this.mesh?.destroy();
    this.relay.destroy();
    this.gate.destroy();
    this.awareness.destroy();
  }

  private readonly onDocDestroy = (): void => this.destroy();

  private greetTimer: ReturnType<typeof setTimeout> | null = null;

  private readonly onAwarenessUpdate = (change: { added: number[] }, origin: unknown): void => {
    if (origin !== this.relay || change.added.length === 0 || this.greetTimer !== null) return;
    // One greeting for a burst of arrivals.
    this.greetTimer = setTimeout(() => {
      this.greetTimer = null;
      const mine = this.awareness.getLocalState();
      if (!this.destroyed && mine !== null) this.awareness.setLocalState({ ...mine });
    }, GREET_DELAY_MS);
  };

  private count(name: keyof RoomConnection['counts']): void {
    this.counts = { ...this.counts, [name]: this.counts[name] + 1 };
    this.publish();
  }

  private compute(): RoomConnectionState {
    const meshPeers = this.mesh?.peerCount() ?? 0;
    const relayInfo = this.relay.status;
    const status = deriveRoomStatus({ meshPeers, relay: relayInfo.status });
    // A live link is a synced link: the mesh and the relay exchange state on connect.
    if (status !== 'offline') this.lastSyncedAt = Date.now();
    const relayAt = relayInfo.lastSyncedAt;
    const lastSyncedAt = relayAt !== null && (this.lastSyncedAt === null || relayAt > this.lastSyncedAt) ? relayAt : this.lastSyncedAt;
    return {
      status,
      meshPeers,
      meshAvailable: this.mesh?.available ?? false,
      relay: relayInfo.status,
      lastSyncedAt,
      ...this.counts,
      lastError: status === 'offline' ? this.lastError : null,
    };
  }

  private publish(): void {
    if (this.destroyed) return;
    const next = this.compute();
    const before = this.last;
    this.last = next;
    const changed = before === null || (Object.keys(next) as (keyof RoomConnectionState)[])
      .some((name) => name !== 'lastSyncedAt' && before[name] !== next[name]);
    // lastSyncedAt moves every second while connected: tell only of minutes passing.
    const minuteMoved = before !== null && Math.floor((next.lastSyncedAt ?? 0) / 60_000) !== Math.floor((before.lastSyncedAt ?? 0) / 60_000);
    if (changed || minuteMoved) this.options.onChange?.(next);
  }
}
