import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileBaseForId, idForFileBase } from './workshop-id';
import { syncDirectory, TEMP_MARKER } from './durable-fs';
import { LOG_HEADER_BYTES } from './update-log';

// One workshop = two files in <data>/workshops: the snapshot (merged state,
// replaced atomically) and the log (updates since the snapshot).
export interface WorkshopPaths {
  snapshot: string;
  log: string;
}

export function workshopPaths(workshopsDir: string, id: string): WorkshopPaths {
  const base = fileBaseForId(id);
  return { snapshot: join(workshopsDir, `${base}.snapshot`), log: join(workshopsDir, `${base}.log`) };
}

/** Ids of every workshop that has a snapshot or a log on disk. */
export async function workshopIdsOnDisk(workshopsDir: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const name of await readdir(workshopsDir)) {
    const match = /^(.+)\.(snapshot|log)$/.exec(name);
    const id = match ? idForFileBase(match[1]!) : null;
    if (id !== null) ids.add(id);
  }
  return [...ids].sort();
}

/**
 * When the workshop last changed, in ms; 0 when it has no files. Compaction
 * stamps the snapshot with the time of the last change, and an emptied log
 * says nothing, so a host restart does not make every workshop look new.
 */
export async function lastModified(paths: WorkshopPaths): Promise<number> {
  let latest = 0;
  for (const path of [paths.snapshot, paths.log]) {
    try {
      const info = await stat(path);
      if (path === paths.log && info.size <= LOG_HEADER_BYTES) continue;
      latest = Math.max(latest, info.mtimeMs);
    } catch {
      // missing file: nothing to compare
    }
  }
  return Math.round(latest);
}

/** Changes whenever either file is written: the snapshot's and the log's size and time. */
export async function filesStamp(paths: WorkshopPaths): Promise<string> {
  const parts: string[] = [];
  for (const path of [paths.snapshot, paths.log]) {
    const info = await stat(path).catch(() => null);
    parts.push(info ? `${info.size}@${info.mtimeMs}` : '-');
  }
  return parts.join('|');
}

/**
 * A crash while a snapshot was being written leaves `<name>.snapshot.tmp-…`.
 * The old snapshot and the log are still whole, so the partial copy is junk.
 */
export async function removeStaleTempFiles(workshopsDir: string, paths: WorkshopPaths): Promise<void> {
  const prefix = `${paths.snapshot.slice(workshopsDir.length + 1)}${TEMP_MARKER}`;
  for (const name of await readdir(workshopsDir)) {
    if (name.startsWith(prefix)) await unlink(join(workshopsDir, name)).catch(() => undefined);
  }
}

/**
 * Deletes every file of one workshop: snapshot, log, and the copies kept
 * beside them (torn tails, pre-migration snapshots, temporaries). Ids hold
 * no '.', so `<base>.` names this workshop's files and no other's.
 */
export async function removeWorkshopFiles(workshopsDir: string, id: string): Promise<void> {
  const prefix = `${fileBaseForId(id)}.`;
  for (const name of await readdir(workshopsDir)) {
    if (!name.startsWith(prefix)) continue;
    try {
      await unlink(join(workshopsDir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  await syncDirectory(workshopsDir);
}
