import { useEffect } from 'react';
import { rememberAddedHere } from '../../../actions/added-here';
import { publishBlockers } from '../../../../../shared/doc/ops';
import { announce, useWorkshopStore } from '../../../store/workshop-store';
import { currentSession } from '../../../workshop/session';
import { slotFor } from '../layout';
import { changePrivateNotes, usePrivateNotes } from './private-store';
import { myAuthorId } from '../../../actions/private-writing';

/**
 * When the facilitator reveals (the document's "write privately" flag turns
 * off), this laptop publishes its private notes at once: one transaction, so
 * they appear together. A laptop that was away publishes when it next sees the
 * flag off; notes carry their final ids, so nothing is published twice.
 */
export function usePublishOnReveal(workshopId: string): void {
  const privateNotes = usePrivateNotes(workshopId);
  const loaded = useWorkshopStore((s) => (s.snapshot?.meta.createdAt ?? 0) > 0);
  const privateWriting = useWorkshopStore((s) => s.snapshot?.meta.privateWriting ?? false);

  useEffect(() => {
    const session = currentSession();
    if (!session || session.id !== workshopId || !loaded || privateWriting || privateNotes.length === 0) return;
    // Every laptop publishes at the same moment: start at a random free-ish slot
    // after the notes already there, so laptops rarely stack on each other.
    const snapshot = useWorkshopStore.getState().snapshot;
    const start = Object.keys(snapshot?.blockers ?? {}).length + Math.floor(Math.random() * 40);
    const authorId = myAuthorId(session);
    const categories = snapshot?.categories ?? {};
    const anonymous = snapshot?.meta.anonymous === true;
    const notes = privateNotes.map((note, i) => ({
      ...note,
      // Anonymous: every note of the reveal carries the reveal's time, so when
      // someone was seen typing says nothing about which note is theirs.
      createdAt: anonymous ? undefined : note.createdAt,
      // A category removed while the note was private: the note goes to "Other" rather than stay stuck here.
      category: note.category.startsWith('category:') && !categories[note.category] ? 'other' as const : note.category,
      ...slotFor(start + i),
      authorId,
    }));
    try {
      const published = session.write((doc) => publishBlockers(doc, notes));
      rememberAddedHere(workshopId, 'blocker', published);
      changePrivateNotes(workshopId, (store) => store.forget(notes.map((n) => n.id)));
      if (published.length > 0) announce(`Your ${published.length} private note${published.length === 1 ? ' is' : 's are'} now on the board`);
    } catch (error) {
      announce(`Your private notes could not be put on the board: ${error instanceof Error ? error.message : String(error)} They are still on this laptop.`);
    }
  }, [workshopId, loaded, privateWriting, privateNotes]);
}
