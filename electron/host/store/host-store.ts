import { readMeta } from '../../../shared/doc/read';
import { metaMap } from '../../../shared/doc/schema';
import { acquireDataDirLock } from './data-dir-lock';
import { prepareDataDir } from './data-dir';
import { loadWorkshop } from './load-workshop';
import { StoreError } from './store-error';
import { assertWorkshopId } from './workshop-id';
import { filesStamp, lastModified, removeWorkshopFiles, workshopIdsOnDisk, workshopPaths } from './workshop-files';
import { WorkshopStore, type WorkshopStoreOptions } from './workshop-store';

export interface WorkshopSummary {
  id: string;
  title: string;
  localAuthority: string;
  /** ms since the epoch: when its files last changed. */
  updatedAt: number;
  /** Present when the workshop cannot be opened, saying why. */
  problem?: string;
}

/**
 * All workshops in one data folder. Checks the folder is writable and takes
 * its lock before anything else; opens each workshop at most once.
 */
export class HostStore {
  private readonly open_ = new Map<string, Promise<WorkshopStore>>();
  private readonly deleting = new Set<string>();
  /**
   * The list of workshops reads each closed one from disk (a 5,000-note
   * workshop takes a tenth of a second): remember what each said, until its
   * files change.
   */
  private readonly listed = new Map<string, { stamp: string; summary: WorkshopSummary | null }>();
  private closed = false;

  private constructor(
    readonly dataDir: string,
    readonly workshopsDir: string,
    private readonly release: () => Promise<void>,
    private readonly options: WorkshopStoreOptions,
  ) {}

  static async open(dataDir: string, options: WorkshopStoreOptions = {}): Promise<HostStore> {
    const workshopsDir = await prepareDataDir(dataDir);
    const release = await acquireDataDirLock(dataDir);
    return new HostStore(dataDir, workshopsDir, release, options);
  }

  /** Opens (or creates, when new) the workshop with this id. */
  workshop(id: string): Promise<WorkshopStore> {
    try {
      assertWorkshopId(id);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.closed) return Promise.reject(new StoreError('closed', 'The host is shutting down.'));
    if (this.deleting.has(id)) return Promise.reject(new StoreError('in-use', 'This workshop is being deleted.'));
    let pending = this.open_.get(id);
    if (pending === undefined) {
      pending = WorkshopStore.open(this.workshopsDir, id, this.options);
      // A failed open is not cached: the person may fix the file and retry.
      pending.catch(() => this.open_.delete(id));
      this.open_.set(id, pending);
    }
    return pending;
  }

  /** Workshops on disk, most recently changed first, for "open a recent one". */
  async listWorkshops(): Promise<WorkshopSummary[]> {
    const summaries: WorkshopSummary[] = [];
    for (const id of await workshopIdsOnDisk(this.workshopsDir)) {
      const paths = workshopPaths(this.workshopsDir, id);
      let updatedAt = await lastModified(paths);
      const open = this.open_.get(id);
      const stamp = open ? null : await filesStamp(paths);
      const known = stamp === null ? undefined : this.listed.get(id);
      if (known && known.stamp === stamp) {
        if (known.summary) summaries.push(known.summary);
        continue;
      }
      let summary: WorkshopSummary | null;
      try {
        const workshop = open ? await open : null;
        if (workshop) updatedAt = workshop.updatedAt;
        const doc = workshop ? workshop.doc : (await loadWorkshop(paths)).doc;
        // Created but never set up: not listed.
        const meta = metaMap(doc).size === 0 ? null : readMeta(doc);
        summary = meta && { id, title: meta.title, localAuthority: meta.localAuthority, updatedAt };
        if (!open) doc.destroy();
      } catch (error) {
        summary = { id, title: '', localAuthority: '', updatedAt, problem: (error as Error).message };
      }
      if (stamp !== null) this.listed.set(id, { stamp, summary });
      if (summary) summaries.push(summary);
    }
    return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** Whether the workshop has been opened (by a window, a client or an import) since the host started. */
  isOpen(id: string): boolean {
    return this.open_.has(id);
  }

  /**
   * Deletes a workshop's files from this data folder (for retention). One
   * that has been opened since the host started is refused: a window or a
   * client may still hold it and would write it back.
   */
  async deleteWorkshop(id: string): Promise<void> {
    assertWorkshopId(id);
    if (this.closed) throw new StoreError('closed', 'The host is shutting down.');
    if (this.open_.has(id) || this.deleting.has(id)) {
      throw new StoreError('in-use', 'This workshop has been opened since the app started, so it was not deleted. Restart the app and try again.');
    }
    this.deleting.add(id);
    try {
      await removeWorkshopFiles(this.workshopsDir, id);
    } finally {
      this.deleting.delete(id);
    }
  }

  /** Flushes and closes every workshop, then releases the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const results = await Promise.allSettled(
      [...this.open_.values()].map(async (pending) => {
        const workshop = await pending;
        await workshop.close();
        // Opened (a link to a workshop that does not exist, a window closed
        // before it was set up) but never written to: leave no files behind.
        if (workshop.doc.store.clients.size === 0 && workshop.tornCopy === null) await removeWorkshopFiles(this.workshopsDir, workshop.id);
      }),
    );
    this.open_.clear();
    await this.release();
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
