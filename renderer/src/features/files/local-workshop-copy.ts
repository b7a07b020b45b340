import * as Y from 'yjs';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';

// This browser's own copy of a workshop lives in IndexedDB under the same
// name renderer/src/sync/local-copy.ts opens it with, so a workshop imported
// here is what the session finds when it opens, and syncs to the host.

const nameFor = (workshopId: string): string => `small-changes:${workshopId}`;

/** Stores a workshop's state as this browser's copy, before anything opens it. */
export async function storeLocalCopy(workshopId: string, state: Uint8Array): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const persistence = new IndexeddbPersistence(nameFor(workshopId), doc);
  try {
    await persistence.whenSynced;
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}

/** Removes this browser's copy of a workshop (it was deleted for good). */
export async function removeLocalCopy(workshopId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await clearDocument(nameFor(workshopId));
}
