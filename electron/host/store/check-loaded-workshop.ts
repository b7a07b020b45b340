import type * as Y from 'yjs';
import { migrate, readSchemaVersion } from '../../../shared/doc/migrations';
import { metaMap, SCHEMA_VERSION } from '../../../shared/doc/schema';
import { validateDoc } from '../../../shared/doc/validate';
import { StoreError } from './store-error';

const NOT_SET_UP = 'The document has no workshop details: it is not a workshop.';

/**
 * What was read from disk must still be a workshop this version understands:
 * a newer schema is refused; an older one is migrated in place (the caller
 * then saves it) and the result checked in full, refused if it is not a valid
 * workshop. Refusing changes no file.
 *
 * A document of the current version is not re-validated record by record:
 * its bytes passed their checksums, and everything in it passed the ops or the
 * UpdateGate before it was saved. Validating 5,000 notes costs ~150 ms, about
 * half the reopen budget, and would lock people out of their workshop over a
 * problem the room can still repair.
 */
export interface CheckedWorkshop {
  doc: Y.Doc;
  /** The schema version it was saved with, when it had to be migrated. */
  migratedFrom: number | null;
}

export function checkLoadedWorkshop(doc: Y.Doc, label: string): CheckedWorkshop {
  const refuse = (code: 'newer-version' | 'invalid-workshop', why: string): never => {
    throw new StoreError(code, `The saved workshop ${label} ${why} It has not been changed.`);
  };
  let migratedFrom: number | null = null;
  // A workshop whose details nobody has filled in yet is allowed; whatever
  // else it holds is still checked below.
  if (metaMap(doc).size > 0) {
    const version = readSchemaVersion(doc);
    if (version === null) refuse('invalid-workshop', 'has an unreadable schema version.');
    if (version! > SCHEMA_VERSION) {
      refuse('newer-version', `was saved by a newer version of Small Changes Studio (schema ${version}); please update.`);
    }
    if (version! < SCHEMA_VERSION) {
      migrate(doc, version!);
      migratedFrom = version!;
    }
  }
  if (migratedFrom === null) return { doc, migratedFrom };
  const problems = validateDoc(doc).filter((p) => p !== NOT_SET_UP);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).join(' ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
    refuse('invalid-workshop', `does not hold a valid workshop: ${shown}${more}`);
  }
  return { doc, migratedFrom };
}
