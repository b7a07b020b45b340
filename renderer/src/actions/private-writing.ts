import { metaMap, participantsMap } from '../../../shared/doc/schema';
import { changePrivateNotes } from '../features/board/private/private-store';
import { myParticipantId } from '../workshop/identity';
import type { WorkshopSession } from '../workshop/session';

/** This laptop's participant id, when it is in the workshop; ops drop it again when the workshop is anonymous. */
export function myAuthorId(session: WorkshopSession): string | null {
  const id = myParticipantId(session.id);
  return id && participantsMap(session.doc).has(id) ? id : null;
}

/** Is the room in a "write privately" step right now? */
export function writingPrivately(session: WorkshopSession): boolean {
  return metaMap(session.doc).get('privateWriting') === true;
}

/**
 * In a "write privately" step a new note stays on this laptop (outside the
 * shared document) until the facilitator reveals. Returns true when it did.
 * Throws PrivateNotesError (with a message to show) on empty or long words.
 */
export function keepPrivate(session: WorkshopSession, note: { readonly text: string }): boolean {
  if (!writingPrivately(session)) return false;
  changePrivateNotes(session.id, (notes) => notes.add({ text: note.text }));
  return true;
}
