import { open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeRecords, encodeRecord } from './record-frame';
import { StoreError } from './store-error';
import { syncDirectory, writeFileAtomic } from './durable-fs';

// Log layout: magic (8 bytes) | format version (u32 LE) | records (see
// record-frame.ts). Records are only ever appended; a checkpoint (after the
// snapshot has been safely replaced) truncates back to the header.
export const LOG_MAGIC = Buffer.from('SCS-ULOG', 'latin1');
export const LOG_FORMAT_VERSION = 1;
export const LOG_HEADER_BYTES = LOG_MAGIC.length + 4;

function logHeader(): Buffer {
  const header = Buffer.alloc(LOG_HEADER_BYTES);
  LOG_MAGIC.copy(header, 0);
  header.writeUInt32LE(LOG_FORMAT_VERSION, LOG_MAGIC.length);
  return header;
}

export interface LogContents {
  payloads: Uint8Array[];
  /** File offset where each payload's record starts. */
  starts: number[];
  /** Bytes of the file that hold a good header and good records. */
  goodBytes: number;
  /** Bytes after them: a torn or damaged tail (0 when the file is clean). */
  tailBytes: number;
  /** The whole file as read, or null when there is no log yet. */
  raw: Buffer | null;
}

/** Reads a log without changing it. Throws for a file that is not ours. */
export async function readLog(path: string): Promise<LogContents> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { payloads: [], starts: [], goodBytes: 0, tailBytes: 0, raw: null };
    }
    throw error;
  }
  const header = logHeader();
  if (raw.length < LOG_HEADER_BYTES) {
    // A crash while the log was being created leaves a prefix of the header.
    if (header.subarray(0, raw.length).equals(raw)) {
      return { payloads: [], starts: [], goodBytes: 0, tailBytes: raw.length, raw };
    }
    throw foreign(path);
  }
  if (!raw.subarray(0, LOG_MAGIC.length).equals(LOG_MAGIC)) throw foreign(path);
  const version = raw.readUInt32LE(LOG_MAGIC.length);
  if (version > LOG_FORMAT_VERSION) {
    throw new StoreError(
      'newer-version',
      `The workshop log ${path} was written by a newer version of Small Changes Studio (format ${version}); please update. It has not been changed.`,
    );
  }
  const { payloads, starts, end } = decodeRecords(raw, LOG_HEADER_BYTES);
  return { payloads, starts, goodBytes: end, tailBytes: raw.length - end, raw };
}

function foreign(path: string): StoreError {
  return new StoreError(
    'foreign-file',
    `The file ${path} is not a Small Changes Studio workshop log. It has not been changed.`,
  );
}

interface Batch {
  frames: Buffer[];
  done: Promise<void>;
}

/**
 * An open, append-only update log. Appends are group-committed: everything
 * that arrives while one write+fsync is in flight goes out in the next one,
 * and an append's promise resolves only after its bytes are fsynced.
 */
export class UpdateLog {
  private chain: Promise<void> = Promise.resolve();
  private openBatch: Batch | null = null;
  private failure_: StoreError | null = null;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private size: number,
  ) {}

  /**
   * Opens (creating if needed) a log whose good part is `goodBytes` long.
   * Anything after that is copied aside to `<path>.torn-<time>` and then cut
   * off, so a torn tail never hides records appended after it.
   */
  static async open(path: string, contents: LogContents): Promise<{ log: UpdateLog; tornCopy: string | null }> {
    let tornCopy: string | null = null;
    if (contents.raw === null) {
      const created = await open(path, 'wx');
      await created.writeFile(logHeader());
      await created.sync();
      await created.close();
      await syncDirectory(dirname(path));
    } else if (contents.tailBytes > 0) {
      tornCopy = `${path}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await writeFileAtomic(tornCopy, contents.raw.subarray(contents.goodBytes));
    }
    const handle = await open(path, 'r+');
    let size = contents.raw === null ? LOG_HEADER_BYTES : contents.goodBytes;
    if (contents.raw !== null && contents.goodBytes < LOG_HEADER_BYTES) {
      // Empty, or only a torn header: a crash while the log was being
      // created. Start the file afresh.
      await handle.truncate(0);
      await handle.write(logHeader(), 0, LOG_HEADER_BYTES, 0);
      await handle.sync();
      size = LOG_HEADER_BYTES;
    } else if (contents.tailBytes > 0) {
      await handle.truncate(contents.goodBytes);
      await handle.sync();
    }
    return { log: new UpdateLog(path, handle, size), tornCopy };
  }

  /** Bytes on disk plus bytes waiting to be written. */
  get bytes(): number {
    const pending = this.openBatch?.frames.reduce((n, f) => n + f.length, 0) ?? 0;
    return this.size + pending;
  }

  /** Set once a write has failed; the log then refuses further appends. */
  get failure(): StoreError | null {
    return this.failure_;
  }

  get hasRecords(): boolean {
    return this.bytes > LOG_HEADER_BYTES;
  }

  append(payload: Uint8Array): Promise<void> {
    if (this.failure_) return Promise.reject(this.failure_);
    if (this.closed) return Promise.reject(new StoreError('closed', `The workshop log ${this.path} is closed.`));
    let batch = this.openBatch;
    if (batch === null) {
      const fresh: Batch = { frames: [], done: Promise.resolve() };
      fresh.done = this.schedule(async () => {
        if (this.openBatch === fresh) this.openBatch = null;
        await this.writeBatch(fresh.frames);
      });
      this.openBatch = fresh;
      batch = fresh;
    }
    batch.frames.push(encodeRecord(payload));
    return batch.done;
  }

  /** Resolves when everything appended so far is on disk. */
  flush(): Promise<void> {
    return this.schedule(async () => undefined);
  }

  /**
   * Runs `saveState` with no write in flight (it must durably save a state
   * that includes every record written so far), then empties the log.
   * A crash between the two leaves records that the snapshot already holds;
   * replaying a Yjs update twice changes nothing, so that is safe.
   */
  checkpoint(saveState: () => Promise<void>): Promise<void> {
    return this.schedule(async () => {
      this.throwIfUnusable();
      await saveState();
      try {
        await this.handle.truncate(LOG_HEADER_BYTES);
        await this.handle.sync();
      } catch (error) {
        throw this.fail(error);
      }
      this.size = LOG_HEADER_BYTES;
    });
  }

  /**
   * After a failed write: runs `saveState` (it must durably save the whole
   * state, which then holds every record the log lost), empties the log and
   * takes appends again. If anything fails the log stays failed.
   */
  recover(saveState: () => Promise<void>): Promise<void> {
    return this.schedule(async () => {
      if (!this.failure_ || this.closed) return;
      await saveState();
      try {
        await this.handle.truncate(LOG_HEADER_BYTES);
        await this.handle.write(logHeader(), 0, LOG_HEADER_BYTES, 0);
        await this.handle.sync();
      } catch (error) {
        throw this.fail(error);
      }
      this.size = LOG_HEADER_BYTES;
      this.failure_ = null;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const drained = this.flush();
    this.closed = true;
    await drained.catch(() => undefined);
    await this.handle.close();
  }

  private schedule<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    this.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async writeBatch(frames: Buffer[]): Promise<void> {
    this.throwIfUnusable();
    const data = frames.length === 1 ? frames[0]! : Buffer.concat(frames);
    try {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await this.handle.write(data, written, data.length - written, this.size + written);
        written += bytesWritten;
      }
      // fdatasync: the data and the new file length reach the disk; the
      // timestamps, which nobody reads back, may follow later.
      await this.handle.datasync();
    } catch (error) {
      throw this.fail(error);
    }
    this.size += data.length;
  }

  private throwIfUnusable(): void {
    if (this.failure_) throw this.failure_;
  }

  // After a failed write the file's tail is unknown, so the log stops taking
  // appends until recover() has saved the whole state; the next open cuts
  // whatever half-record was left.
  private fail(error: unknown): StoreError {
    this.failure_ = new StoreError(
      'write-failed',
      `Could not save to ${this.path}: ${(error as Error).message}. Changes since then are kept in memory only.`,
      { cause: error },
    );
    return this.failure_;
  }
}
