// Connects a Y.Doc (and presence) to the room's blind relay on the host
// (PROTOCOL.md). Everything sent is sealed with the room key first; whatever
// arrives is opened and then merged only through UpdateGate, so a member who
// sends something that breaks the workshop schema changes nothing here.
// Failures are counted and reported through callbacks, never thrown.
// DOM-free: the WebSocket comes from a factory (the browser's, or `ws` in Node).
import * as decoding from 'lib0/decoding';
import * as eventloop from 'lib0/eventloop';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { UpdateGate } from '../doc/update-gate.js';
import { RoomDecryptError, decrypt, encrypt, type RoomKey } from './crypto.js';
import {
  MAX_FRAME_BYTES,
  PartAssembler,
  decodeRelayMessage,
  encodeClientMessage,
  isPartFrame,
  parseRelayControl,
  toFrames,
  type ClientMessage,
} from './relay-frames.js';

/** The part of a WebSocket the client uses (browser WebSocket and `ws` both fit). */
export interface RelaySocket {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount?: number;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type SocketFactory = (url: string) => RelaySocket;

export type RelayStatus = 'connecting' | 'connected' | 'offline';

export interface RelayStatusInfo {
  status: RelayStatus;
  /** True once the relay's backlog has been applied on this connection. */
  synced: boolean;
  /** When this client last exchanged changes with the relay (ms), or null. */
  lastSyncedAt: number | null;
  /** Why the last connection ended, when it ended badly. */
  lastError: string | null;
  /** The host cannot save the room to its disk (why, in words), or null. */
  saveProblem: string | null;
}

export interface RelayRejection {
  /** decrypt: sealed with another key; invalid: refused by the schema gate; malformed: unreadable frame. */
  kind: 'decrypt' | 'invalid' | 'malformed' | 'presence';
  message: string;
}

export interface RelayClientOptions {
  /** ws://host:port/relay?token=<joinToken> */
  url: string;
  doc: Y.Doc;
  key: RoomKey;
  awareness?: awarenessProtocol.Awareness;
  /** Share the gate with other providers on the same doc (one shadow copy); one is made otherwise. */
  gate?: UpdateGate;
  createSocket?: SocketFactory;
  onStatus?: (info: RelayStatusInfo) => void;
  onRejected?: (rejection: RelayRejection) => void;
  /** Told the room's name and workshop id when the relay welcomes this client. */
  onWelcome?: (welcome: { room: string; workshopId: string }) => void;
  /**
   * Whether a doc update with this origin is sent to the relay. Default: every
   * update this client did not apply itself. Updates held back here still
   * reach the relay: a periodic check sends whatever the relay lacks.
   */
  shouldForward?: (origin: unknown) => boolean;
  /** Vet a presence update before it is applied (e.g. schema and size checks). */
  acceptAwareness?: (update: Uint8Array) => boolean;
  /**
   * Applies a presence update instead of y-protocols' applyAwarenessUpdate (a
   * guard that keeps the acceptable states of an update and drops the rest).
   * Called with this client as the origin, after `acceptAwareness`.
   */
  applyAwareness?: (update: Uint8Array, origin: unknown) => void;
  /** Reconnect delays (ms). */
  backoff?: { minMs: number; maxMs: number };
  /** How often to look for changes the relay has not seen (ms, default 5 s). */
  gapCheckMs?: number;
  /** Frame size cap (tests use small ones to exercise parts). */
  maxFrameBytes?: number;
}

export const MAX_PRESENCE_BYTES = 16 * 1024;

/** Counters of what arrived, for indicators and tests. */
export interface RelayCounters {
  applied: number;
  rejectedDecrypt: number;
  rejectedInvalid: number;
  malformed: number;
  sent: number;
  snapshotsSent: number;
}

function defaultFactory(): SocketFactory {
  const Ctor = (globalThis as { WebSocket?: new (url: string) => RelaySocket }).WebSocket;
  if (Ctor === undefined) throw new Error('No WebSocket here: pass createSocket.');
  return (url) => new Ctor(url);
}

/** Client ids in a y-protocols awareness update (to forget them when their sender leaves). */
function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder); // clock
    decoding.readVarString(decoder); // state JSON
  }
  return ids;
}

export class RelayClient {
  readonly counters: RelayCounters = { applied: 0, rejectedDecrypt: 0, rejectedInvalid: 0, malformed: 0, sent: 0, snapshotsSent: 0 };
  private readonly gate: UpdateGate;
  private readonly ownGate: boolean;
  private readonly factory: SocketFactory;
  private readonly maxFrame: number;
  private socket: RelaySocket | null = null;
  private parts = new PartAssembler();
  private live = false;
  private stopped = true;
  private destroyed = false;
  private retryTimer: eventloop.TimeoutObject | null = null;
  private gapTimer: eventloop.TimeoutObject | null = null;
  private attempts = 0;
  /** What the relay holds, per Yjs client: the end of the contiguous clock range it has. */
  private remote = new Map<number, number>();
  /** Changes were made while not live: send what the relay lacks once caught up. */
  private dirty: boolean;
  /** Presence client ids by the relay connection that sent them. */
  private readonly presenceFrom = new Map<number, Set<number>>();
  private info: RelayStatusInfo = { status: 'offline', synced: false, lastSyncedAt: null, lastError: null, saveProblem: null };
  private syncWaiters: Array<() => void> = [];
  /**
   * The doc was empty and unchanged when the backlog began: everything it then
   * holds came from the relay, so the relay's state vector need not be worked
   * out frame by frame (that costs ~50 ms on a 5,000-note board).
   */
  private freshJoin = false;
  /** The room's workshop id, from the relay's welcome. */
  workshopId: string | null = null;

  constructor(private readonly options: RelayClientOptions) {
    this.ownGate = options.gate === undefined;
    this.gate = options.gate ?? new UpdateGate(options.doc);
    this.factory = options.createSocket ?? defaultFactory();
    this.maxFrame = options.maxFrameBytes ?? MAX_FRAME_BYTES;
    // A doc that already holds something (a local copy) may hold deletions
    // the relay lacks, which no state vector shows: send once caught up.
    this.dirty = options.doc.store.clients.size > 0;
    options.doc.on('update', this.onDocUpdate);
    options.awareness?.on('update', this.onAwarenessUpdate);
  }

  get status(): RelayStatusInfo {
    return { ...this.info };
  }

  /** Resolves when the relay's backlog has been applied (now, if it has). */
  whenSynced(): Promise<void> {
    if (this.info.synced) return Promise.resolve();
    return new Promise((resolve) => this.syncWaiters.push(resolve));
  }

  connect(): void {
    if (this.destroyed) throw new Error('This relay client has been destroyed.');
    this.stopped = false;
    if (this.socket === null && this.retryTimer === null) this.open();
    this.gapTimer ??= eventloop.interval(this.options.gapCheckMs ?? 5000, () => this.sendMissing());
  }

  disconnect(): void {
    this.stopped = true;
    this.retryTimer?.destroy();
    this.retryTimer = null;
    this.gapTimer?.destroy();
    this.gapTimer = null;
    const socket = this.socket;
    this.dropSocket();
    socket?.close(1000, 'Leaving the room.');
    this.setInfo({ status: 'offline', synced: false });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.disconnect();
    this.destroyed = true;
    for (const resolve of this.syncWaiters) resolve();
    this.syncWaiters = [];
    this.options.doc.off('update', this.onDocUpdate);
    this.options.awareness?.off('update', this.onAwarenessUpdate);
    if (this.ownGate) this.gate.destroy();
  }

  private open(): void {
    this.setInfo({ status: 'connecting', synced: false, saveProblem: null }); // the host says again if it still cannot save
    let socket: RelaySocket;
    try {
      socket = this.factory(this.options.url);
    } catch (error) {
      this.setInfo({ lastError: (error as Error).message });
      this.scheduleRetry();
      return;
    }
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.parts = new PartAssembler();
    this.live = false;
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      try {
        this.onMessage(event.data);
      } catch (error) {
        this.reject('malformed', `A message from the relay could not be handled: ${(error as Error).message}`);
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.dropSocket();
      const reason = event.reason || (event.code === 1006 ? 'The host could not be reached, or refused this room code and secret.' : `Closed (${event.code}).`);
      this.setInfo({ status: 'offline', synced: false, lastError: event.code === 1000 ? null : reason });
      this.scheduleRetry();
    };
    socket.onerror = () => undefined; // onclose follows and says what happened
  }

  private dropSocket(): void {
    const socket = this.socket;
    if (socket !== null) {
      socket.onmessage = null;
      socket.onclose = null;
      socket.onerror = null;
      socket.onopen = null;
    }
    this.socket = null;
    this.live = false;
    // Presence from the relay is unknown until the next welcome.
    const awareness = this.options.awareness;
    if (awareness !== undefined) {
      const ids = [...this.presenceFrom.values()].flatMap((set) => [...set]).filter((id) => id !== awareness.clientID);
      if (ids.length > 0) awarenessProtocol.removeAwarenessStates(awareness, ids, this);
    }
    this.presenceFrom.clear();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.destroyed || this.retryTimer !== null) return;
    const { minMs, maxMs } = this.options.backoff ?? { minMs: 500, maxMs: 10_000 };
    const delay = Math.min(maxMs, minMs * 2 ** this.attempts) * (0.75 + Math.random() * 0.5);
    this.attempts += 1;
    this.retryTimer = eventloop.timeout(delay, () => {
      this.retryTimer = null;
      if (!this.stopped && !this.destroyed) this.open();
    });
  }

  private onMessage(data: unknown): void {
    if (typeof data === 'string') return this.onControl(data);
    const frame = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
    if (frame === null) return this.reject('malformed', 'An unexpected kind of message arrived from the relay.');
    let message = frame;
    if (isPartFrame(frame)) {
      const result = this.parts.push(frame);
      if ('error' in result) return this.reject('malformed', result.error);
      if ('pending' in result) return;
      message = result.message;
    }
    const decoded = decodeRelayMessage(message);
    if (decoded === null) return this.reject('malformed', 'An unreadable frame arrived from the relay.');
    if (decoded.kind === 'update' || decoded.kind === 'snapshot') this.onSealedUpdate(decoded.sealed);
    else if (decoded.kind === 'awareness') this.onSealedPresence(decoded.from, decoded.sealed);
    else this.onLeft(decoded.from);
  }

  private onControl(text: string): void {
    const control = parseRelayControl(text);
    if (control === null) return this.reject('malformed', 'An unreadable message arrived from the relay.');
    if (control.type === 'welcome') {
      this.remote = new Map();
      this.freshJoin = this.options.doc.store.clients.size === 0 && !this.dirty;
      this.workshopId = control.workshopId;
      this.options.onWelcome?.({ room: control.room, workshopId: control.workshopId });
    } else if (control.type === 'synced') {
      if (this.freshJoin) {
        // Local edits made during the backlog (dirty) leave `remote` empty, so
        // the catch-up below sends everything: more bytes, nothing lost.
        if (!this.dirty) this.remote = new Map(Y.decodeStateVector(Y.encodeStateVector(this.options.doc)));
        this.freshJoin = false;
      }
      this.live = true;
      this.attempts = 0;
      this.setInfo({ status: 'connected', synced: true, lastSyncedAt: Date.now(), lastError: null });
      this.catchUp();
      this.sendPresence();
    } else if (control.type === 'saving') {
      this.setInfo({ saveProblem: control.problem });
    } else if (this.live) {
      this.sendSnapshot(control.through);
    }
  }

  private open_(sealed: Uint8Array): Uint8Array | null {
    try {
      return decrypt(sealed, this.options.key);
    } catch (error) {
      this.counters.rejectedDecrypt += 1;
      const message = error instanceof RoomDecryptError ? error.message : 'A message could not be opened.';
      this.reject('decrypt', message, false);
      return null;
    }
  }

  private onSealedUpdate(sealed: Uint8Array): void {
    const update = this.open_(sealed);
    if (update === null) return;
    if (!this.freshJoin) this.noteRemote(update);
    const result = this.gate.apply(update, this);
    if (result.ok) {
      this.counters.applied += 1;
      if (this.live) this.info.lastSyncedAt = Date.now();
    } else {
      this.counters.rejectedInvalid += 1;
      this.reject('invalid', result.error, false);
    }
  }

  private onSealedPresence(from: number, sealed: Uint8Array): void {
    const awareness = this.options.awareness;
    if (awareness === undefined) return;
    const update = this.open_(sealed);
    if (update === null) return;
    if (update.length > MAX_PRESENCE_BYTES) return this.reject('presence', 'A presence update was too large and was ignored.');
    let ids: number[];
    try {
      ids = awarenessClients(update);
    } catch {
      return this.reject('presence', 'An unreadable presence update was ignored.');
    }
    if (ids.includes(awareness.clientID)) return this.reject('presence', 'A presence update claimed to be this participant and was ignored.');
    if (this.options.acceptAwareness !== undefined && !this.options.acceptAwareness(update)) {
      return this.reject('presence', 'A presence update did not pass its checks and was ignored.');
    }
    let known = this.presenceFrom.get(from);
    if (known === undefined) this.presenceFrom.set(from, (known = new Set()));
    for (const id of ids) known.add(id);
    if (this.options.applyAwareness !== undefined) this.options.applyAwareness(update, this);
    else awarenessProtocol.applyAwarenessUpdate(awareness, update, this);
  }

  private onLeft(from: number): void {
    const ids = this.presenceFrom.get(from);
    this.presenceFrom.delete(from);
    const awareness = this.options.awareness;
    if (awareness !== undefined && ids !== undefined && ids.size > 0) {
      awarenessProtocol.removeAwarenessStates(awareness, [...ids], this);
    }
  }

  /** Records that the relay holds the structs of `update` (contiguous ranges only). */
  private noteRemote(update: Uint8Array): void {
    let meta: { from: Map<number, number>; to: Map<number, number> };
    try {
      meta = Y.parseUpdateMeta(update);
    } catch {
      return;
    }
    for (const [client, to] of meta.to) {
      const from = meta.from.get(client) ?? 0;
      const have = this.remote.get(client) ?? 0;
      if (from <= have && to > have) this.remote.set(client, to);
    }
  }

  private lacksSomething(): boolean {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.options.doc))) {
      if (clock > (this.remote.get(client) ?? 0)) return true;
    }
    return false;
  }

  /** After the backlog: send whatever this doc has that the relay lacks. */
  private catchUp(): void {
    if (!this.dirty && !this.lacksSomething()) return;
    this.sendDiff();
    this.dirty = false;
  }

  private sendMissing(): void {
    if (this.live && this.lacksSomething()) this.sendDiff();
  }

  private sendDiff(): void {
    const diff = Y.encodeStateAsUpdate(this.options.doc, Y.encodeStateVector(this.remote));
    if (diff.length <= 2 && diff.every((b) => b === 0)) return;
    this.sendUpdate(diff);
  }

  private sendUpdate(update: Uint8Array): void {
    this.send({ kind: 'update', sealed: encrypt(update, this.options.key) });
    this.noteRemote(update);
    this.counters.sent += 1;
    this.info.lastSyncedAt = Date.now();
  }

  private sendSnapshot(through: number): void {
    const state = Y.encodeStateAsUpdate(this.options.doc);
    this.send({ kind: 'snapshot', through, sealed: encrypt(state, this.options.key) });
    this.counters.snapshotsSent += 1;
  }

  private sendPresence(): void {
    const awareness = this.options.awareness;
    if (awareness === undefined || !this.live || awareness.getLocalState() === null) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    this.send({ kind: 'awareness', sealed: encrypt(update, this.options.key) });
  }

  private send(message: ClientMessage): void {
    const socket = this.socket;
    if (socket === null || socket.readyState !== 1) return;
    for (const frame of toFrames(encodeClientMessage(message), this.maxFrame)) socket.send(frame);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    const forward = this.options.shouldForward?.(origin) ?? true;
    if (!forward) return;
    if (!this.live) {
      this.dirty = true;
      return;
    }
    this.sendUpdate(update);
  };

  private readonly onAwarenessUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    if (origin === this || !this.live) return;
    const awareness = this.options.awareness!;
    const mine = awareness.clientID;
    if (![...change.added, ...change.updated, ...change.removed].includes(mine)) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [mine]);
    this.send({ kind: 'awareness', sealed: encrypt(update, this.options.key) });
  };

  private reject(kind: RelayRejection['kind'], message: string, count = true): void {
    if (count && kind === 'malformed') this.counters.malformed += 1;
    this.options.onRejected?.({ kind, message });
  }

  private setInfo(patch: Partial<RelayStatusInfo>): void {
    const before = this.info;
    this.info = { ...before, ...patch };
    if (this.info.synced && this.syncWaiters.length > 0) {
      const waiters = this.syncWaiters;
      this.syncWaiters = [];
      for (const resolve of waiters) resolve();
    }
    if (before.status !== this.info.status || before.synced !== this.info.synced || before.lastError !== this.info.lastError || before.saveProblem !== this.info.saveProblem) {
      this.options.onStatus?.(this.status);
    }
  }
}
