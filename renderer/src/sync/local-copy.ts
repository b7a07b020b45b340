import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';

/**
 * The browser's own copy of a workshop, so a reload or a lost host never
 * empties the board. Resolves once the stored copy has been loaded.
 */
export async function keepLocalCopy(workshopId: string, doc: Y.Doc): Promise<() => Promise<void>> {
  if (typeof indexedDB === 'undefined') return async () => {};
  const persistence = new IndexeddbPersistence(`small-changes:${workshopId}`, doc);
  await persistence.whenSynced;
  return () => persistence.destroy();
}
