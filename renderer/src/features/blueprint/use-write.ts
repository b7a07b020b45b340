import { useCallback } from 'react';
import type * as Y from 'yjs';
import { OpError } from '../../../../shared/doc/ops';
import type { WorkshopSession } from '../../workshop/session';

/** The outcome of a write: null when it was made, else the plain-English reason it was refused. */
export type WriteResult = string | null;

/**
 * Runs the blueprint's ops on the session's document. A refused op (OpError)
 * comes back as its message, to be shown at the field; anything else is a bug
 * and is thrown.
 *
 * The blueprint is written openly, with everyone's cursor and name showing in
 * its prose, so its edits go straight to the document rather than through the
 * session's anonymous writer (which would also take a fresh identity for every
 * keystroke typed into a blueprint field, bloating the document). Anonymity
 * covers the blockers, not the plan written together from them.
 */
export function writeBlueprint(session: WorkshopSession, fn: (doc: Y.Doc) => void): WriteResult {
  try {
    fn(session.doc);
    return null;
  } catch (error) {
    if (error instanceof OpError) return error.message;
    throw error;
  }
}

export function useWrite(session: WorkshopSession): (fn: (doc: Y.Doc) => void) => WriteResult {
  return useCallback((fn: (doc: Y.Doc) => void) => writeBlueprint(session, fn), [session]);
}
