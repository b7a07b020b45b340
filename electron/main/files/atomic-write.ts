import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { asFileProblem } from './file-errors';
import { nodeFileOps, type FileOps } from './file-ops';

// Saving a workshop file never leaves it half-written: the bytes go to a
// temporary file in the same folder (so the rename cannot cross drives),
// which is fsynced and then renamed over the old file in one step. Until
// that rename succeeds the old file is the last good copy, untouched.

const TEMP_INFIX = '.saving-';

/** `Name.smallchanges` → `Name.smallchanges.saving-<pid>-<random>`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}${TEMP_INFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
}

export function isTempFor(path: string, candidateName: string): boolean {
  return candidateName.startsWith(`${basename(path)}${TEMP_INFIX}`);
}

async function syncFolder(dir: string, ops: FileOps): Promise<void> {
  // Windows cannot open a folder to fsync it; NTFS journals renames itself.
  if (process.platform === 'win32') return;
  const handle = await ops.open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some network file systems refuse a folder fsync; the rename still happened.
  } finally {
    await handle.close();
  }
}

/** Writes `data` to `path` atomically. Throws a FileProblem with a plain message. */
export async function writeFileAtomically(path: string, data: Uint8Array, ops: FileOps = nodeFileOps): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await ops.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, path);
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw asFileProblem(error, path, 'save');
  }
  await syncFolder(dirname(path), ops).catch(() => undefined);
}

/**
 * Removes temporary files a crash or a pulled plug left beside `path`. Only
 * call this while holding the file's lock, so no other computer is mid-save.
 */
export async function removeStaleTemps(path: string, ops: FileOps = nodeFileOps): Promise<string[]> {
  let names: string[];
  try {
    names = await ops.readdir(dirname(path));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isTempFor(path, name)) continue;
    const stale = join(dirname(path), name);
    try {
      await ops.unlink(stale);
      removed.push(stale);
    } catch {
      // Someone else's, or already gone: leave it.
    }
  }
  return removed;
}
