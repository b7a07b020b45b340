import { copyFile, utimes } from 'node:fs/promises';
import type * as Y from 'yjs';
import { UpdateGate } from '../../../shared/doc/restore';
import { loadWorkshop, LOAD_ORIGIN } from './load-workshop';
import { UpdateLog } from './update-log';
import { snapshotPayload, writeSnapshot } from './snapshot-file';
import { StoreError } from './store-error';
import { SaveHealth, type SaveStatusListener } from './save-health';
import { lastModified, removeStaleTempFiles, workshopPaths, type WorkshopPaths } from './workshop-files';
import { checkLoadedWorkshop } from './check-loaded-workshop';

export interface WorkshopStoreOptions {
  /** Compact once the log is larger than this and than the snapshot (bytes). */
  compactAtBytes?: number;
  /** Told about failures that no caller is waiting for (background saves). */
  onError?: (error: StoreError) => void;
  /** How long to wait before trying again to save after a failure (ms). */
  retrySaveMs?: number;
}


export type ClientUpdateResult = { ok: true } | { ok: false; error: string };

const DEFAULT_COMPACT_AT = 1024 * 1024;

/**
 * One workshop held in memory and kept durably on disk. Every change to
 * `doc`, whatever its origin, is appended to the log (fsynced, batched);
 * updates from clients must come in through `applyClientUpdate`, which runs
 * them past the schema gate first.
 */
export class WorkshopStore {
  /** Set when a torn tail was cut at open: where its bytes were kept. */
  readonly tornCopy: string | null;
  private gate_: UpdateGate | null = null;
  private snapshotBytes: number;
  private compactionQueued = false;
  private closing: Promise<void> | null = null;
  private lastChangeAt: number;
  /** Counts changes, so a retry can tell whether any arrived while it saved. */
  private changeCount = 0;
  private readonly health: SaveHealth;

  private constructor(
    readonly id: string,
    readonly doc: Y.Doc,
    private readonly paths: WorkshopPaths,
    private readonly log: UpdateLog,
    snapshotBytes: number,
    tornCopy: string | null,
    changedAt: number,
    private readonly options: WorkshopStoreOptions,
  ) {
    this.lastChangeAt = changedAt;
    this.snapshotBytes = snapshotBytes;
    this.tornCopy = tornCopy;
    this.health = new SaveHealth({
      retry: () => this.saveAgain(),
      ...(options.retrySaveMs === undefined ? {} : { retryMs: options.retrySaveMs }),
      describe: (error) => new StoreError('write-failed', `Saving workshop ${id} failed: ${error.message}`, { cause: error }),
      ...(options.onError ? { onError: options.onError } : {}),
    });
    doc.on('update', this.onUpdate);
  }

  static async open(workshopsDir: string, id: string, options: WorkshopStoreOptions = {}): Promise<WorkshopStore> {
    const paths = workshopPaths(workshopsDir, id);
    await removeStaleTempFiles(workshopsDir, paths);
    const changedAt = (await lastModified(paths)) || Date.now();
    const loaded = await loadWorkshop(paths);
    const checked = checkLoadedWorkshop(loaded.doc, `${id} (${paths.snapshot})`);
    const { log, tornCopy } = await UpdateLog.open(paths.log, loaded.log);
    const store = new WorkshopStore(id, checked.doc, paths, log, loaded.snapshotBytes, tornCopy, changedAt, options);
    if (checked.migratedFrom !== null) {
      // Keep the old version's snapshot (an older app can still open it),
      // then save the migrated document in its new shape at once.
      await copyFile(paths.snapshot, `${paths.snapshot}.schema-${checked.migratedFrom}`).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
      await store.compact();
    }
    return store;
  }

  // The gate keeps a full shadow copy of the document; building it costs as
  // much as loading the workshop, so it is built when the first client
  // update arrives rather than on every open.
  private get gate(): UpdateGate {
    this.gate_ ??= new UpdateGate(this.doc);
    return this.gate_;
  }

  /** Size of the snapshot and the log on disk (plus bytes still being written). */
  get fileBytes(): number {
    return this.snapshotBytes + this.log.bytes;
  }

  /** When the workshop last changed (ms since the epoch). */
  get updatedAt(): number {
    return this.lastChangeAt;
  }

  /** The last background save failure, if saving has stopped. */
  get failure(): StoreError | null {
    return this.health.failure;
  }

  /** Tells `listener` each time saving stops or starts working again. */
  watchSaveStatus(listener: SaveStatusListener): () => void {
    return this.health.watch(listener);
  }

  /**
   * A client's update: checked against the schema on a scratch copy, then
   * merged (which logs it). A rejected update changes nothing and is not saved.
   */
  applyClientUpdate(update: Uint8Array, origin: unknown): ClientUpdateResult {
    if (this.closing) return { ok: false, error: 'This workshop is closing on the host.' };
    return this.gate.apply(update, origin);
  }

  /** Resolves once every change made so far is fsynced. */
  flush(): Promise<void> {
    return this.log.flush().then(() => {
      const failure = this.log.failure ?? this.health.failure;
      if (failure) throw failure;
    });
  }

  /**
   * Writes the merged state as the new snapshot and empties the log. It runs
   * after every write already queued, so the snapshot holds all changes made
   * before the call.
   */
  compact(): Promise<void> {
    return this.log.checkpoint(async () => {
      const changedAt = this.lastChangeAt / 1000;
      await this.saveWholeState();
      await utimes(this.paths.snapshot, changedAt, changedAt);
    });
  }

  /** Saves everything (compacting if the log holds anything) and lets go of the files. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.doc.off('update', this.onUpdate);
      this.health.stop();
      try {
        await this.flush();
        if (this.log.hasRecords) await this.compact();
      } finally {
        this.gate_?.destroy();
        await this.log.close();
      }
    })();
    return this.closing;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.lastChangeAt = Date.now();
    this.changeCount++;
    this.log.append(update).catch((error: unknown) => this.health.report(error));
    const threshold = Math.max(this.options.compactAtBytes ?? DEFAULT_COMPACT_AT, this.snapshotBytes);
    if (!this.compactionQueued && this.log.bytes > threshold) {
      this.compactionQueued = true;
      this.compact()
        .catch((error: unknown) => this.health.report(error))
        .finally(() => (this.compactionQueued = false));
    }
  };

  // After a failure the document in memory still holds every change: save
  // it whole. Changes refused by the failed log while that ran are in memory
  // only, so one more compaction puts them on disk too.
  private async saveAgain(): Promise<boolean> {
    const changesBefore = this.changeCount;
    await (this.log.failure ? this.log.recover(() => this.saveWholeState()) : this.compact());
    if (this.changeCount !== changesBefore) await this.compact();
    return this.log.failure === null && !this.closing;
  }

  private async saveWholeState(): Promise<void> {
    this.snapshotBytes = await writeSnapshot(this.paths.snapshot, snapshotPayload(this.doc));
  }
}
