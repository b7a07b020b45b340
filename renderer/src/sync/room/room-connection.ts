import type * as Y from 'yjs';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
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
 *
 * Presence is the workshop's one awareness (session.awareness: hands up,
 * blueprint carets and room presence in one state per laptop). Each link sends
 * only this laptop's own state; what one link brought is never sent on by the
 * other, nor by the mesh when the desktop app's host link brought it.
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
  /**
   * The workshop's presence to share with the room (session.awareness). The
   * connection merges its presence into this laptop's state and leaves the
   * awareness alive when it closes. Without it, the connection makes its own.
   */
  readonly awareness?: Awareness;
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
  /** The host cannot save the room's history to its disk (why, in words), or null. */
  readonly hostSaveProblem: string | null;
}

const TICK_MS = 1_000;
/** No awareness change is pending a mesh decision. */
const NONE: unique symbol = Symbol('none');

export class RoomConnection {
  readonly awareness: Awareness;
  readonly gate: UpdateGate;
  readonly relay: RelayClient;
  readonly mesh: MeshProvider | null;
  private readonly guard: AwarenessGuard;
  private readonly ownsAwareness: boolean;
  /** Others' client ids the mesh brought in: forgotten when this room is left. */
  private readonly meshClients = new Set<number>();
  /** Origin of an awareness change that touches only others' states (see meshMaySend). */
  private othersOnly: unknown = NONE;
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
    this.ownsAwareness = options.awareness === undefined;
    this.awareness = options.awareness ?? new Awareness(doc);
    // An awareness of our own starts empty: setPresence says who this laptop is.
    // A shared one keeps what it holds (a hand, a caret) and is merged into.
    if (this.ownsAwareness) this.awareness.setLocalState(null);
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
      // Invalid states are dropped one by one, as on the mesh (the guard applies what is acceptable).
      applyAwareness: (update, origin) => this.guard.apply(update, origin),
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

    // Registered before the mesh's own listener, so meshMaySend knows what each change touches.
    this.awareness.on('update', this.onAwarenessUpdate);
    this.awareness.on('destroy', this.onAwarenessDestroy);
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
          isRemoteOrigin: (origin) => isRemote(origin) || !this.meshMaySend(origin),
          onPeers: () => this.publish(),
          onDecryptError: () => this.count('wrongSecretMessages'),
          onMessageError: (error) => {
            this.lastError = error instanceof Error ? error.message : String(error);
          },
        });

    this.relay.connect();
    this.timer = setInterval(() => this.publish(), TICK_MS);
    doc.on('destroy', this.onDocDestroy);
    this.publish();
  }

  get state(): RoomConnectionState {
    return this.last ?? this.compute();
  }

  /**
   * Says who this laptop is in the room (null: present but anonymous to the
   * room). Merged into this laptop's state: a hand or a caret already there
   * stays, and what they set later keeps this.
   */
  setPresence(presence: PresenceState | null): void {
    if (this.destroyed) return;
    if (presence === null && this.ownsAwareness) {
      this.awareness.setLocalState(null);
      return;
    }
    const { name: _name, role: _role, editing: _editing, ...rest } = this.awareness.getLocalState() ?? {};
    // Without name and role the state does not say who this is: peers count it as absent.
    this.awareness.setLocalState({ ...rest, ...presence });
  }

  /** Resolves once the relay's history has arrived (or the connection is closed). */
  whenRelaySynced(): Promise<void> {
    return this.relay.whenSynced();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearInterval(this.timer);
    this.options.doc.off('destroy', this.onDocDestroy);
    const awareness = this.awareness;
    const mine = this.ownsAwareness ? null : awareness.getLocalState();
    // Tell the room we have left before the links close: an awareness of our
    // own is emptied; for a shared one, y-webrtc removes this laptop's state as
    // it leaves (both links send that), and the relay tells its members when
    // the socket closes.
    if (this.ownsAwareness) awareness.setLocalState(null);
    this.mesh?.destroy();
    this.relay.destroy();
    awareness.off('update', this.onAwarenessUpdate);
    awareness.off('destroy', this.onAwarenessDestroy);
    // The people the mesh brought are no longer in this laptop's room (the relay client forgets its own).
    const others = [...this.meshClients].filter((id) => id !== awareness.clientID && awareness.states.has(id));
    if (others.length > 0) removeAwarenessStates(awareness, others, this);
    this.meshClients.clear();
    this.gate.destroy();
    if (this.ownsAwareness) {
      awareness.destroy();
    } else if (mine !== null && this.mesh !== null) {
      // The workshop's presence outlives the room (hands, carets, the host
      // link): put this laptop's state back once y-webrtc has finished leaving
      // (it removes it again a moment later, when its room object closes).
      setTimeout(() => {
        if (!this.awarenessGone && awareness.getLocalState() === null) awareness.setLocalState(mine);
      }, 0);
    }
  }

  private readonly onDocDestroy = (): void => this.destroy();

  private awarenessGone = false;
  private readonly onAwarenessDestroy = (): void => {
    this.awarenessGone = true;
    this.destroy();
  };

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    // (this.mesh is unset while the mesh is being made: optional chaining, not a null check.)
    if (origin !== null && origin === this.mesh?.origin) {
      for (const id of [...change.added, ...change.updated]) this.meshClients.add(id);
      for (const id of change.removed) this.meshClients.delete(id);
    }
    // y-webrtc sends every changed state whose origin it is allowed to send;
    // a change that touches only others' states (a timeout, or states the
    // desktop app's host link brought) is not this laptop's to send. The
    // mesh asks, through isRemoteOrigin, within this same event.
    this.othersOnly = changed.includes(this.awareness.clientID) ? NONE : origin;
    queueMicrotask(() => {
      this.othersOnly = NONE;
    });
  };

  /** False for the awareness change being handled now when it touches only others' states. */
  private meshMaySend(origin: unknown): boolean {
    if (this.othersOnly === NONE || this.othersOnly !== origin) return true;
    this.othersOnly = NONE;
    return false;
  }

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
      hostSaveProblem: relayInfo.saveProblem,
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
