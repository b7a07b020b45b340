import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// fsync a directory so a rename or a new file inside it survives power loss.
// Windows cannot open a directory for syncing; NTFS journals renames itself.
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const TEMP_MARKER = '.tmp-';

/**
 * Replaces `path` with `data` so that after a crash the file holds either the
 * old bytes or the new bytes, never a mix: write a temporary file beside it,
 * fsync it, rename it over the target, fsync the directory.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `${basename(path)}${TEMP_MARKER}${process.pid}-${Date.now()}`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}
