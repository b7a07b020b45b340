import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { decodeRelayMessage, encodeRelayMessage } from '../../../shared/room/relay-frames';
import { syncDirectory, writeFileAtomic } from '../store/durable-fs';
import { StoreError } from '../store/store-error';
import { decodeChecked, encodeChecked, type CheckedFileKind } from '../store/checked-file';
import { SaveHealth, type SaveStatusListener } from '../store/save-health';
import { readLog, UpdateLog } from '../store/update-log';

// A room's history as the blind relay keeps it: the ciphertext frames in
// order, each already encoded as the relay sends it (kind, seq, sealed), so
// a late joiner's backlog is just these bytes. On disk (<data>/rooms/):
//   room-<NAME>.state  the whole compacted history, replaced atomically
//   room-<NAME>.log    frames since then, appended and fsynced (store/update-log)
// A compaction writes the state and empties the log (UpdateLog.checkpoint),
// so a crash in between replays frames the state already holds: they are
// recognised by seq and skipped.

export const ROOMS_FOLDER = 'rooms';
const STATE_FILE: CheckedFileKind = { magic: Buffer.from('SCS-ROOM', 'latin1'), version: 1, fileName: 'room history file', noun: 'room history' };

export interface LogEntry {
  seq: number;
  kind: 'update' | 'snapshot';
  /** For a snapshot: the last seq it covers. */
  through: number;
  /** The frame as sent to clients. */
  wire: Uint8Array;
}

export interface RoomFiles {
  state: string;
  log: string;
}

export function roomFiles(dataDir: string, roomName: string): RoomFiles {
  const dir = join(dataDir, ROOMS_FOLDER);
  return { state: join(dir, `room-${roomName}.state`), log: join(dir, `room-${roomName}.log`) };
}

/** What the host keeps of the join token on disk: enough to recognise it, not to present it. */
export function tokenFingerprint(token: string): Buffer {
  return createHash('sha256').update(`small-changes room token\n${token}`).digest();
}

function entryFromWire(wire: Uint8Array): LogEntry | null {
  const message = decodeRelayMessage(wire);
  if (message === null) return null;
  if (message.kind === 'update') return { seq: message.seq, kind: 'update', through: 0, wire };
  if (message.kind === 'snapshot') return { seq: message.seq, kind: 'snapshot', through: message.through, wire };
  return null;
}

interface StateContents {
  fingerprint: Uint8Array;
  head: number;
  entries: LogEntry[];
}

function encodeState(state: StateContents): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, state.fingerprint);
  encoding.writeVarUint(encoder, state.head);
  encoding.writeVarUint(encoder, state.entries.length);
  for (const entry of state.entries) encoding.writeVarUint8Array(encoder, entry.wire);
  return encodeChecked(STATE_FILE, encoding.toUint8Array(encoder));
}

function decodeState(buf: Buffer, path: string): StateContents {
  const payload = decodeChecked(STATE_FILE, buf, path);
  const damaged = (why: string): StoreError =>
    new StoreError('corrupt-snapshot', `The room history file ${path} ${why} It has not been changed.`);
  try {
    const decoder = decoding.createDecoder(payload);
    const fingerprint = decoding.readVarUint8Array(decoder);
    const head = decoding.readVarUint(decoder);
    const count = decoding.readVarUint(decoder);
    const entries: LogEntry[] = [];
    for (let i = 0; i < count; i += 1) {
      const entry = entryFromWire(decoding.readVarUint8Array(decoder));
      if (entry === null) throw new Error('bad entry');
      entries.push(entry);
    }
    return { fingerprint, head, entries };
  } catch {
    throw damaged('holds data that cannot be read (damaged).');
  }
}

export interface RelayLogOptions {
  onError?: (error: StoreError) => void;
  /** How soon to try saving again after a disk write failed (ms). */
  retrySaveMs?: number;
}

/** The ordered, durable ciphertext history of one room. */
export class RelayLog {
  private entries: LogEntry[];
  private bytes_: number;
  /** Counts stored entries, so a retry can tell whether any arrived while it saved. */
  private stored = 0;
  private readonly health: SaveHealth;

  private constructor(
    readonly files: RoomFiles,
    private readonly fingerprint: Buffer,
    private head_: number,
    entries: LogEntry[],
    private readonly log: UpdateLog,
    options: RelayLogOptions,
  ) {
    this.entries = entries;
    this.bytes_ = entries.reduce((n, e) => n + e.wire.length, 0);
    this.health = new SaveHealth({
      retry: () => this.saveAgain(),
      ...(options.retrySaveMs === undefined ? {} : { retryMs: options.retrySaveMs }),
      describe: (error) => new StoreError('write-failed', `Saving the room history ${files.log} failed: ${error.message}`, { cause: error }),
      ...(options.onError ? { onError: options.onError } : {}),
    });
  }

  /** Why the room's history cannot be saved now, or null. */
  get failure(): StoreError | null {
    return this.health.failure;
  }

  /** Tells `listener` each time saving stops or starts working again. */
  watchSaveStatus(listener: SaveStatusListener): () => void {
    return this.health.watch(listener);
  }

  /**
   * Opens the room's history. A history kept for another join token (the same
   * room name with another secret) is set aside, never served to this room.
   */
  static async open(dataDir: string, roomName: string, token: string, options: RelayLogOptions = {}): Promise<RelayLog> {
    const files = roomFiles(dataDir, roomName);
    await mkdir(join(dataDir, ROOMS_FOLDER), { recursive: true });
    const fingerprint = tokenFingerprint(token);
    let state: StateContents | null = null;
    try {
      state = decodeState(await readFile(files.state), files.state);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (state !== null && !sameBytes(state.fingerprint, fingerprint)) {
      await setAside(files);
      state = null;
    }
    let contents = await readLog(files.log);
    if (state === null && contents.raw !== null) {
      // A log without a state file: its frames' token is unknown (the state
      // is written first when a room opens), so it is set aside too.
      await setAside(files);
      contents = await readLog(files.log);
    }
    if (state === null) {
      state = { fingerprint, head: 0, entries: [] };
      await writeFileAtomic(files.state, encodeState(state));
    }
    const { log } = await UpdateLog.open(files.log, contents);
    const relayLog = new RelayLog(files, fingerprint, state.head, state.entries, log, options);
    for (const payload of contents.payloads) {
      const entry = entryFromWire(Uint8Array.from(payload));
      if (entry !== null && entry.seq > relayLog.head_) relayLog.insert(entry);
    }
    return relayLog;
  }

  /** The last seq given out (0 when empty). */
  get head(): number {
    return this.head_;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Bytes of ciphertext held. */
  get bytes(): number {
    return this.bytes_;
  }

  /** Frames after the newest snapshot. */
  get sinceSnapshot(): number {
    return this.entries[0]?.kind === 'snapshot' ? this.entries.length - 1 : this.entries.length;
  }

  get lastSnapshotThrough(): number {
    const first = this.entries[0];
    return first?.kind === 'snapshot' ? first.through : 0;
  }

  /** The backlog for a newcomer, in the order it must be sent. */
  backlog(): readonly LogEntry[] {
    return this.entries;
  }

  /** Stores an update's ciphertext; returns its entry (wire bytes ready to send). */
  appendUpdate(sealed: Uint8Array): LogEntry {
    const seq = this.head_ + 1;
    const entry: LogEntry = { seq, kind: 'update', through: 0, wire: encodeRelayMessage({ kind: 'update', seq, sealed }) };
    this.insert(entry);
    this.persist(entry);
    return entry;
  }

  /**
   * Stores a snapshot that covers every seq up to `through` and drops what it
   * replaces. Returns null when `through` is not ahead of the last snapshot
   * or is past the head.
   */
  appendSnapshot(through: number, sealed: Uint8Array): LogEntry | null {
    if (through > this.head_ || through <= this.lastSnapshotThrough) return null;
    const seq = this.head_ + 1;
    const entry: LogEntry = { seq, kind: 'snapshot', through, wire: encodeRelayMessage({ kind: 'snapshot', seq, through, sealed }) };
    this.insert(entry);
    this.persist(entry);
    // The state file now holds the compacted history; the log starts over.
    this.log.checkpoint(() => this.saveState()).catch((error: unknown) => this.health.report(error));
    return entry;
  }

  /** Resolves once everything stored so far is on disk. */
  flush(): Promise<void> {
    return this.log.flush().then(() => {
      if (this.health.failure) throw this.health.failure;
    });
  }

  async close(): Promise<void> {
    this.health.stop();
    await this.log.flush().catch(() => undefined);
    if (this.log.hasRecords && this.health.failure === null) {
      await this.log.checkpoint(() => this.saveState()).catch((error: unknown) => this.health.report(error));
    }
    await this.log.close();
  }

  private saveState(): Promise<void> {
    return writeFileAtomic(this.files.state, encodeState(this.state()));
  }

  // Every entry is still in memory after a failure: save them all as the
  // state file, then once more if entries arrived while that ran.
  private async saveAgain(): Promise<boolean> {
    const before = this.stored;
    await (this.log.failure ? this.log.recover(() => this.saveState()) : this.log.checkpoint(() => this.saveState()));
    if (this.stored !== before) await this.log.checkpoint(() => this.saveState());
    return this.log.failure === null;
  }

  private state(): StateContents {
    return { fingerprint: this.fingerprint, head: this.head_, entries: [...this.entries] };
  }

  private insert(entry: LogEntry): void {
    this.head_ = Math.max(this.head_, entry.seq);
    if (entry.kind === 'snapshot') {
      const kept = this.entries.filter((e) => e.kind === 'update' && e.seq > entry.through);
      this.entries = [entry, ...kept];
      this.bytes_ = this.entries.reduce((n, e) => n + e.wire.length, 0);
    } else {
      this.entries.push(entry);
      this.bytes_ += entry.wire.length;
    }
  }

  private persist(entry: LogEntry): void {
    this.stored += 1;
    this.log.append(entry.wire).catch((error: unknown) => this.health.report(error));
  }
}

function sameBytes(a: Uint8Array, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

async function setAside(files: RoomFiles): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const path of [files.state, files.log]) {
    await rename(path, `${path}.other-secret-${stamp}`).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  }
  await syncDirectory(join(files.state, '..'));
}
