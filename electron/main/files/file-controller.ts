import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { decodeWorkshopFile, WORKSHOP_FILE_EXTENSION, WorkshopFileError, workshopFileName, type DecodedWorkshopFile } from '../../../shared/file/workshop-file';
import { MAX_WORKSHOP_FILE_BYTES, type OpenOutcome, type SaveOutcome } from '../../../shared/ipc/contract';
import type { HostStore } from '../../host/store/host-store';
import type { Settings } from '../settings';
import { removeStaleTemps, writeFileAtomically } from './atomic-write';
import { asFileProblem, FileProblem } from './file-errors';
import {
  acquireLock,
  describeHolder,
  releaseLock,
  stillHeld,
  type HeldLock,
  type LockDeps,
  type LockInfo,
  type LockOwner,
} from './file-lock';
import { nodeFileOps, type FileOps } from './file-ops';
import { localCopy, mergeIntoStore, newWorkshopId, relationOf } from './workshop-import';

// New, Open, Save, Save As and Open Recent for workshop files, in the main
// process. A workshop lives in the store (autosaved on every change); a
// `.smallchanges` file is a copy the person keeps where they choose. Opening
// a file brings its document into the store; saving writes the store's
// document (encoded by the window) back to the file. While a workshop's file
// is open here, a lock file beside it tells other computers who has it.

export interface Question {
  readonly message: string;
  readonly detail: string;
  /** Button labels; the last is always Cancel. */
  readonly choices: readonly string[];
}

export interface FileDialogs {
  chooseFileToOpen(title: string): Promise<string | null>;
  chooseSavePath(defaultPath: string): Promise<string | null>;
  /** The index of the chosen button. */
  ask(question: Question): Promise<number>;
}

export interface FileControllerDeps {
  readonly store: () => Promise<HostStore>;
  readonly settings: Settings;
  readonly dialogs: FileDialogs;
  readonly owner: () => LockOwner;
  /** Where Save As starts when the workshop has no file yet. */
  readonly documentsDir: string;
  readonly ops?: FileOps;
  readonly lock?: Omit<LockDeps, 'ops'>;
  /** How long a workshop's lock outlives its window leaving it (re-renders and quick returns). */
  readonly releaseAfterMs?: number;
  readonly now?: () => number;
  /** Told when the recent files change (the menu lists them; macOS keeps its own list). */
  readonly onRecentOpened?: (path: string) => void;
}

export type OpenMode = 'open' | 'import';

interface Association {
  path: string;
  readOnly: boolean;
  lock: HeldLock | null;
}

const CANCELED = { status: 'canceled' } as const;

function holderSentence(holder: LockInfo | null, me: LockOwner): string {
  if (holder !== null && holder.host === me.host) {
    return `This workshop file is already open in Small Changes Studio on this computer (by ${describeHolder(holder)}).`;
  }
  return `This workshop is open on another computer (by ${describeHolder(holder)}).`;
}

export class FileController {
  private readonly ops: FileOps;
  private readonly files = new Map<string, Association>();
  private readonly releaseTimers = new Map<string, NodeJS.Timeout>();
  private active: string | null = null;

  constructor(private readonly deps: FileControllerDeps) {
    this.ops = deps.ops ?? nodeFileOps;
  }

  /** The file a workshop is saved to here, if any. */
  fileOf(workshopId: string): { path: string; readOnly: boolean } | null {
    const file = this.files.get(workshopId);
    return file ? { path: file.path, readOnly: file.readOnly } : null;
  }

  async openWithDialog(mode: OpenMode): Promise<OpenOutcome> {
    const path = await this.deps.dialogs.chooseFileToOpen(mode === 'import' ? 'Import as a new workshop' : 'Open a workshop');
    return path === null ? CANCELED : this.openPath(path, mode);
  }

  /** Opens a workshop file by path (dialog, drop, double-click, Open Recent). Throws FileProblem. */
  async openPath(path: string, mode: OpenMode = 'open'): Promise<OpenOutcome> {
    await this.checkOpenable(path);
    const decoded = await this.read(path);
    try {
      if (mode === 'import') return await this.openAsCopy(path, decoded);
      return await this.openInPlace(path, decoded);
    } finally {
      decoded.doc.destroy();
    }
  }

  /** Saves to the workshop's file, or asks where when it has none (or only a read-only one). */
  async save(workshopId: string, bytes: Uint8Array): Promise<SaveOutcome> {
    const checked = this.checkBytes(workshopId, bytes);
    const file = this.files.get(workshopId);
    if (!file || file.readOnly) return this.saveAs(workshopId, bytes, checked);
    if (file.lock === null || !(await stillHeld(file.lock, this.ops))) {
      file.lock = await this.lockForSaving(file.path);
    }
    await writeFileAtomically(file.path, bytes, this.ops);
    return this.saved(file.path, workshopId, checked.title);
  }

  async saveAs(workshopId: string, bytes: Uint8Array, checked = this.checkBytes(workshopId, bytes)): Promise<SaveOutcome> {
    const current = this.files.get(workshopId);
    const folder = current ? dirname(current.path) : this.deps.documentsDir;
    const chosen = await this.deps.dialogs.chooseSavePath(join(folder, workshopFileName(checked.title)));
    if (chosen === null) return CANCELED;
    const path = extname(chosen).toLowerCase() === WORKSHOP_FILE_EXTENSION ? chosen : `${chosen}${WORKSHOP_FILE_EXTENSION}`;
    const keepLock = current?.path === path && current.lock !== null && (await stillHeld(current.lock, this.ops));
    const lock = keepLock ? current.lock! : await this.lockForSaving(path);
    try {
      await writeFileAtomically(path, bytes, this.ops);
    } catch (error) {
      if (!keepLock) await releaseLock(lock, this.ops);
      throw error;
    }
    if (current?.lock && current.lock !== lock) await releaseLock(current.lock, this.ops);
    // Another workshop that was saved to this path no longer is: the file now holds this one.
    for (const [otherId, other] of this.files) if (otherId !== workshopId && other.path === path) this.files.delete(otherId);
    this.files.set(workshopId, { path, readOnly: false, lock });
    return this.saved(path, workshopId, checked.title);
  }

  /**
   * The window now shows this workshop (or none). A workshop's file stays
   * locked while it is shown; once the window has left it for a moment the
   * lock goes, so another computer may open the file. Saving takes it again.
   */
  setActive(workshopId: string | null): Promise<void> {
    this.active = workshopId;
    if (workshopId !== null) {
      clearTimeout(this.releaseTimers.get(workshopId));
      this.releaseTimers.delete(workshopId);
    }
    for (const [id, file] of this.files) {
      if (id === workshopId || file.lock === null || this.releaseTimers.has(id)) continue;
      const timer = setTimeout(() => {
        this.releaseTimers.delete(id);
        if (this.active === id || file.lock === null) return;
        const lock = file.lock;
        file.lock = null;
        void releaseLock(lock, this.ops);
      }, this.deps.releaseAfterMs ?? 1000);
      timer.unref?.();
      this.releaseTimers.set(id, timer);
    }
    return this.deps.settings.setLastWorkshop(workshopId);
  }

  /** The workshop to show at start: the one open when the app last stopped, if it still exists. */
  async resume(): Promise<string | null> {
    const id = this.deps.settings.lastWorkshopId;
    if (id === null) return null;
    const store = await this.deps.store();
    return (await localCopy(store, id)) === null ? null : id;
  }

  /** Lets go of every lock (the app is quitting). */
  async close(): Promise<void> {
    for (const timer of this.releaseTimers.values()) clearTimeout(timer);
    this.releaseTimers.clear();
    const locks = [...this.files.values()].flatMap((f) => (f.lock ? [f.lock] : []));
    for (const file of this.files.values()) file.lock = null;
    await Promise.allSettled(locks.map((lock) => releaseLock(lock, this.ops)));
  }

  private async checkOpenable(path: string): Promise<void> {
    if (!isAbsolute(path) || extname(path).toLowerCase() !== WORKSHOP_FILE_EXTENSION) {
      throw new FileProblem('Only Small Changes workshop files (ending .smallchanges) can be opened here.');
    }
    let size: number;
    try {
      const info = await this.ops.stat(path);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      size = info.size;
    } catch (error) {
      throw asFileProblem(error, path, 'open');
    }
    if (size > MAX_WORKSHOP_FILE_BYTES) {
      throw new FileProblem(`“${basename(path)}” is far larger than any workshop, so it was not opened. Is it the right file?`);
    }
  }

  private async read(path: string): Promise<DecodedWorkshopFile> {
    let bytes: Uint8Array;
    try {
      bytes = await this.ops.readFile(path);
    } catch (error) {
      throw asFileProblem(error, path, 'open');
    }
    try {
      return decodeWorkshopFile(bytes);
    } catch (error) {
      if (error instanceof WorkshopFileError) throw new FileProblem(`“${basename(path)}” could not be opened. ${error.message}`, error.code);
      throw error;
    }
  }

  private async openAsCopy(path: string, decoded: DecodedWorkshopFile): Promise<OpenOutcome> {
    const id = newWorkshopId();
    await mergeIntoStore(await this.deps.store(), id, decoded.state);
    return this.opened(path, id, decoded, { readOnly: false, copy: true });
  }

  private async openInPlace(path: string, decoded: DecodedWorkshopFile): Promise<OpenOutcome> {
    const id = decoded.header.workshopId;
    const me = this.deps.owner();
    const already = this.files.get(id);
    let lock: HeldLock | null = already?.path === path ? already.lock : null;
    let readOnly = false;
    if (lock === null) {
      const result = await acquireLock(path, me, { ...this.deps.lock, ops: this.ops });
      if (result.status === 'acquired') lock = result.lock;
      else if (result.status === 'unwritable') readOnly = true;
      else {
        const choice = await this.deps.dialogs.ask({
          message: holderSentence(result.holder, me),
          detail:
            'You can open it read-only (to keep your changes, use Save As), or open it as a separate copy. ' +
            `If nobody really has it open (for example, that computer crashed), delete the file “${basename(result.lockPath)}” beside it and open it again.`,
          choices: ['Open read-only', 'Open as a copy', 'Cancel'],
        });
        if (choice === 1) return this.openAsCopy(path, decoded);
        if (choice !== 0) return CANCELED;
        readOnly = true;
      }
    }
    try {
      const outcome = await this.bringIn(path, id, decoded, readOnly);
      if (outcome.status === 'opened' && !outcome.copy) {
        if (lock !== null) await removeStaleTemps(path, this.ops);
        if (already && already.lock && already.lock !== lock) await releaseLock(already.lock, this.ops);
        this.files.set(id, { path, readOnly, lock });
        lock = null; // kept: the association owns it now
      }
      return outcome;
    } finally {
      if (lock !== null && lock !== already?.lock) await releaseLock(lock, this.ops);
    }
  }

  /** Merges the file into the store, asking first when this computer's copy differs. */
  private async bringIn(path: string, id: string, decoded: DecodedWorkshopFile, readOnly: boolean): Promise<OpenOutcome> {
    const store = await this.deps.store();
    const local = await localCopy(store, id);
    const relation = relationOf(local?.doc ?? null, decoded.state);
    if (relation === 'local-newer' || relation === 'file-has-more') {
      const choice = await this.deps.dialogs.ask(
        relation === 'local-newer'
          ? {
              message: 'This computer already has this workshop, with changes made after the file was saved.',
              detail: 'Open the copy on this computer (it holds everything in the file, and more), or open the file as a separate workshop to see it as it was saved.',
              choices: ['Open the copy on this computer', 'Open the file as a separate workshop', 'Cancel'],
            }
          : {
              message: 'This computer already has this workshop, and the file has changes this computer’s copy does not.',
              detail: 'Add the file’s changes to the copy on this computer (nothing in either is lost), or open the file as a separate workshop.',
              choices: ['Add the file’s changes to this computer’s copy', 'Open the file as a separate workshop', 'Cancel'],
            },
      );
      if (choice === 1) return this.openAsCopy(path, decoded);
      if (choice !== 0) return CANCELED;
    }
    if (relation === 'absent' || relation === 'file-has-more') await mergeIntoStore(store, id, decoded.state);
    return this.opened(path, id, decoded, { readOnly, copy: false });
  }

  private async opened(
    path: string,
    workshopId: string,
    decoded: DecodedWorkshopFile,
    how: { readOnly: boolean; copy: boolean },
  ): Promise<OpenOutcome> {
    await this.remember(path, decoded.header.workshopId, decoded.header.title);
    return { status: 'opened', workshopId, title: decoded.header.title, fileName: basename(path), ...how };
  }

  private async remember(path: string, workshopId: string, title: string): Promise<void> {
    await this.deps.settings
      .addRecentFile({ path, workshopId, title, openedAt: this.deps.now?.() ?? Date.now() })
      .catch(() => undefined); // a recent list that cannot be saved is no reason to fail
    this.deps.onRecentOpened?.(path);
  }

  private async lockForSaving(path: string): Promise<HeldLock> {
    const me = this.deps.owner();
    const result = await acquireLock(path, me, { ...this.deps.lock, ops: this.ops });
    if (result.status === 'acquired') return result.lock;
    if (result.status === 'unwritable') throw asFileProblem({ code: result.code }, path, 'save');
    throw new FileProblem(
      `${holderSentence(result.holder, me)} “${basename(path)}” was not overwritten. Use Save As to save your copy under another name.`,
    );
  }

  /** The window encodes the file; main checks it is whole and is this workshop before writing. */
  private checkBytes(workshopId: string, bytes: Uint8Array): { title: string } {
    let decoded: DecodedWorkshopFile;
    try {
      decoded = decodeWorkshopFile(bytes);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new FileProblem(`The workshop did not reach the saving step whole, so nothing was written. ${why}`);
    }
    decoded.doc.destroy();
    if (decoded.header.workshopId !== workshopId) {
      throw new FileProblem('The file to save belongs to a different workshop from the one named, so nothing was written.');
    }
    return { title: decoded.header.title };
  }

  private async saved(path: string, workshopId: string, title: string): Promise<SaveOutcome> {
    await this.remember(path, workshopId, title);
    return { status: 'saved', fileName: basename(path), savedAt: this.deps.now?.() ?? Date.now() };
  }
}
