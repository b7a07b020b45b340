import { addBlocker } from '../../../../../shared/doc/ops';
import { rememberAddedHere } from '../../../actions/added-here';
import { LOCAL_ORIGIN } from '../../../../../shared/doc/origin';
import { MAX_NOTE_LENGTH } from '../../../../../shared/doc/schema';
import type { Action } from '../../../actions/action';
import { requireMay } from '../../../actions/may-change-notes';
import { myAuthorId, writingPrivately } from '../../../actions/private-writing';
import { changePrivateNotes } from '../private/private-store';
import { slotFor } from '../layout';
import { rememberAdded } from '../board-view';

/** Problems with pasted lines, in words, before anything is added (so nothing is added half-way). */
export function problemsWithLines(lines: readonly string[]): string | null {
  const long = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.length > MAX_NOTE_LENGTH);
  if (long.length === 0) return null;
  const which = long.slice(0, 3).map(({ line, i }) => `line ${i + 1} has ${line.length}`).join(', ');
  return `A note can be up to ${MAX_NOTE_LENGTH} characters: ${which}${long.length > 3 ? ` and ${long.length - 3} more are too long` : ''}. Shorten ${long.length === 1 ? 'it' : 'them'} first.`;
}

/** One note per line, in one step (one Ctrl+Z takes them all back); private in a "write privately" step. */
export const addManyNotesAction: Action<{ lines: readonly string[]; firstSlot: number }> = {
  id: 'blocker.add-many',
  label: 'Add one note per line',
  perform: (session, { lines, firstSlot }) => {
    const problem = problemsWithLines(lines);
    if (problem) throw new Error(problem);
    requireMay('addNote');
    if (writingPrivately(session)) {
      changePrivateNotes(session.id, (notes) => lines.forEach((text) => notes.add({ text })));
      return;
    }
    const authorId = myAuthorId(session);
    const ids = session.write((doc) => {
      const added: string[] = [];
      doc.transact(() => {
        lines.forEach((text, i) => added.push(addBlocker(doc, { text, authorId, ...slotFor(firstSlot + i) })));
      }, LOCAL_ORIGIN);
      return added;
    });
    rememberAddedHere(session.id, 'blocker', ids);
    const last = ids[ids.length - 1];
    if (last) rememberAdded(last);
  },
};
