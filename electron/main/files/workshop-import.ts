import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { metaMap } from '../../../shared/doc/schema';
import type { HostStore } from '../../host/store/host-store';
import { workshopIdsOnDisk } from '../../host/store/workshop-files';
import type { WorkshopStore } from '../../host/store/workshop-store';

// Bringing a workshop file's document into this computer's store: the same
// store the window and `npm run host` use, through the same schema gate as
// any client's update, flushed to disk before the window is told to show it.

/** How the file's document stands against this computer's copy of the same workshop. */
export type Relation =
  | 'absent' // no copy here: the file becomes it
  | 'same' // the copy here holds exactly what the file holds
  | 'local-newer' // the copy here holds everything in the file, and more
  | 'file-has-more'; // the file holds changes the copy here does not (perhaps both do)

/** Whether merging `update` into a document holding `base` would change anything. */
function wouldChange(base: Uint8Array, update: Uint8Array): boolean {
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, base);
    const before = Y.snapshot(probe);
    Y.applyUpdate(probe, update);
    return !Y.equalSnapshots(before, Y.snapshot(probe));
  } finally {
    probe.destroy();
  }
}

export function relationOf(local: Y.Doc | null, fileState: Uint8Array): Relation {
  if (local === null || metaMap(local).size === 0) return 'absent';
  const localState = Y.encodeStateAsUpdate(local);
  if (wouldChange(localState, fileState)) return 'file-has-more';
  return wouldChange(fileState, localState) ? 'local-newer' : 'same';
}

/** This computer's copy of a workshop, or null when there is none (nothing is created). */
export async function localCopy(store: HostStore, id: string): Promise<WorkshopStore | null> {
  if (!(await workshopIdsOnDisk(store.workshopsDir)).includes(id)) return null;
  return store.workshop(id);
}

/** Origin of updates merged from a workshop file. */
export const FILE_IMPORT_ORIGIN = Symbol('file:import');

/** Merges the file's state into workshop `id` (created if new) and waits until it is on disk. */
export async function mergeIntoStore(store: HostStore, id: string, state: Uint8Array): Promise<void> {
  const workshop = await store.workshop(id);
  const result = workshop.applyClientUpdate(state, FILE_IMPORT_ORIGIN);
  if (!result.ok) throw new Error(`The workshop could not be added to this computer: ${result.error}`);
  await workshop.flush();
}

/** A fresh workshop id, in the form the store and the renderer use. */
export function newWorkshopId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
  return `workshop:${Array.from(randomBytes(12), (b) => alphabet[b % 64]).join('')}`;
}
