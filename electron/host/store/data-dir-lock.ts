import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './store-error';

// Two hosts appending to the same logs would interleave records; one data
// folder therefore belongs to one process at a time.
const LOCK_FILE = 'host.lock';
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  if (heldHere.has(path)) throw locked(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      await handle.close();
      heldHere.add(path);
      return async () => {
        heldHere.delete(path);
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await lockOwner(path);
      if (owner !== null && owner !== process.pid && isAlive(owner)) throw locked(dataDir, owner);
      // Left behind by a process that has died (or is unreadable): take it over.
      await unlink(path).catch(() => undefined);
    }
  }
  throw locked(dataDir, null);
}

async function lockOwner(path: string): Promise<number | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    const pid = (parsed as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function locked(dataDir: string, pid: number | null): StoreError {
  const who = pid === null ? 'another process' : `another process (pid ${pid})`;
  return new StoreError(
    'data-dir-locked',
    `The data folder ${dataDir} is already in use by ${who}. Stop that host or choose another folder with --data.`,
  );
}
