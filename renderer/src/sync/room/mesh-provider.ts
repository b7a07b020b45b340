import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { WebrtcProvider } from 'y-webrtc';
import { decrypt, encrypt, type RoomKey } from '../../../../shared/room/crypto';

/**
 * The room's mesh: y-webrtc (patched, see patches/y-webrtc+10.3.0.patch) with
 * signaling set to the host only, the room's pure-JS key instead of
 * crypto.subtle, messages over 16 KiB sent in chunks, every peer update
 * merged through the app's gate, and nothing re-sent that peers already have.
 */
export interface MeshOptions {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** The canonical room name: the signaling topic. */
  readonly roomName: string;
  readonly key: RoomKey;
  /** `ws://<host>/signal?token=<joinToken>`: the only signaling server used. */
  readonly signalingUrl: string;
  /** Peers to connect to at most; size it to the room (default 60). */
  readonly maxConns?: number;
  /** STUN/TURN servers; none by default (the room is one LAN, often offline). */
  readonly iceServers?: readonly RTCIceServer[];
  /** A WebRTC implementation for Node (`@roamhq/wrtc`); browsers use their own. */
  readonly wrtc?: unknown;
  /** Merges a peer's document update (through the UpdateGate). */
  readonly applyUpdate: (update: Uint8Array, origin: unknown) => void;
  /** Applies a peer's awareness update (through the AwarenessGuard). */
  readonly applyAwareness: (update: Uint8Array, origin: unknown) => void;
  /** Changes with these origins came from the room and are not sent on. */
  readonly isRemoteOrigin: (origin: unknown) => boolean;
  /** The number of connected peers changed. */
  readonly onPeers?: (connected: number) => void;
  /** A signaling message could not be opened: someone is using another secret. */
  readonly onDecryptError?: () => void;
  /** A peer's message could not be read or sent. */
  readonly onMessageError?: (error: unknown) => void;
}

export const MESH_CHUNK_BYTES = 16 * 1024;
export const DEFAULT_MAX_CONNS = 60;
const RECOUNT_MS = 1_000;

/** True where this runtime can make WebRTC connections. */
export function webRtcAvailable(wrtc?: unknown): boolean {
  return wrtc !== undefined || typeof (globalThis as { RTCPeerConnection?: unknown }).RTCPeerConnection === 'function';
}

export class MeshProvider {
  /** False when this browser has no WebRTC: the room then runs on the relay alone. */
  readonly available: boolean;
  private readonly provider: WebrtcProvider | null;
  private connected = 0;
  private readonly timer: ReturnType<typeof setInterval> | null;

  constructor(private readonly options: MeshOptions) {
    this.available = webRtcAvailable(options.wrtc);
    if (!this.available) {
      this.provider = null;
      this.timer = null;
      return;
    }
    const { key } = options;
    const provider = new WebrtcProvider(options.roomName, options.doc, {
      signaling: [options.signalingUrl],
      awareness: options.awareness,
      maxConns: options.maxConns ?? DEFAULT_MAX_CONNS,
      // Same wire format as y-webrtc's own crypto, so a stock client with the secret as password joins.
      roomKey: Promise.resolve({ encrypt: (data: Uint8Array) => encrypt(data, key), decrypt: (data: Uint8Array) => decrypt(data, key) }),
      broadcastChannel: false,
      chunkSize: MESH_CHUNK_BYTES,
      applyUpdate: options.applyUpdate,
      applyAwareness: options.applyAwareness,
      // In a full mesh the author already sent each change to everyone; changes
      // from the relay reached everyone through the host.
      shouldBroadcast: (origin: unknown) => origin !== provider.room && !options.isRemoteOrigin(origin),
      avoidGlare: true,
      // Peers get a local change before this laptop's own bookkeeping (the local
      // copy's IndexedDB write, the gate's shadow, the relay's cipher) takes its turn.
      sendFirst: true,
      peerOpts: {
        config: { iceServers: [...(options.iceServers ?? [])] },
        ...(options.wrtc === undefined ? {} : { wrtc: options.wrtc }),
      },
    });
    provider.on('peers', () => this.recount());
    provider.on('synced', () => this.recount());
    provider.on('decrypt-error', () => options.onDecryptError?.());
    provider.on('message-error', ({ error }) => options.onMessageError?.(error));
    this.provider = provider;
    // y-webrtc tells of peers found, not of data channels opened: count them.
    this.timer = setInterval(() => this.recount(), RECOUNT_MS);
  }

  /** The y-webrtc room object: the origin of every change a mesh peer sent. */
  get origin(): unknown {
    return this.provider?.room ?? null;
  }

  /** Peers whose data channel is open. */
  peerCount(): number {
    return this.connected;
  }

  private recount(): void {
    const conns = this.provider?.room?.webrtcConns;
    let connected = 0;
    conns?.forEach((conn) => {
      if (conn.connected) connected += 1;
    });
    if (connected !== this.connected) {
      this.connected = connected;
      this.options.onPeers?.(connected);
    }
  }

  destroy(): void {
    if (this.timer !== null) clearInterval(this.timer);
    if (this.provider !== null) {
      this.provider.disconnect();
      this.provider.destroy();
    }
    this.connected = 0;
  }
}
