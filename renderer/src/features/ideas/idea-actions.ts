// The ideas screen's actions: data plus perform, calling the ops. Each asks the
// phase, the lock and my role first (actions/may-change-notes.ts), so the form,
// the cards and the grid's arrow keys all refuse the same way, with the reason.
import {
  addIdea, deleteIdea, editIdeaText, linkIdeaToBlocker, unlinkIdeaFromBlocker, updateIdea, type IdeaPatch,
} from '../../../../shared/doc/ops';
import { LOCAL_ORIGIN } from '../../../../shared/doc/origin';
import type { Action } from '../../actions/action';
import { rememberAddedHere } from '../../actions/added-here';
import { requireMay, requireMayChangeIdeas } from '../../actions/may-change-notes';

export interface IdeaDraft extends IdeaPatch {
  readonly text: string;
  readonly blockerIds: readonly string[];
}

export const addIdeaAction: Action<IdeaDraft> = {
  id: 'idea.add',
  label: 'Add idea',
  perform: (session, draft) => {
    requireMay('addIdea');
    const id = session.write((doc) => addIdea(doc, draft));
    // "Your own" ideas are the ones added from this laptop (added-here.ts).
    rememberAddedHere(session.id, 'idea', [id]);
  },
};

/** Saves an edited idea as one undo step: words, fields and links together. */
export const saveIdeaAction: Action<{ id: string; draft: IdeaDraft; before: readonly string[] }> = {
  id: 'idea.save',
  label: 'Save idea',
  perform: (session, { id, draft, before }) => {
    requireMayChangeIdeas([id]);
    const { text, blockerIds, ...patch } = draft;
    // Nested transactions join the outer one: one update to the room, one undo step.
    // The form checks every value first, so no op below refuses half-way.
    session.write((doc) => doc.transact(() => {
      editIdeaText(doc, id, text);
      updateIdea(doc, id, patch);
      for (const blockerId of blockerIds) if (!before.includes(blockerId)) linkIdeaToBlocker(doc, id, blockerId);
      for (const blockerId of before) if (!blockerIds.includes(blockerId)) unlinkIdeaFromBlocker(doc, id, blockerId);
    }, LOCAL_ORIGIN));
  },
};

export const deleteIdeaAction: Action<{ id: string }> = {
  id: 'idea.delete',
  label: 'Delete idea',
  perform: (session, { id }) => {
    requireMayChangeIdeas([id]);
    session.write((doc) => deleteIdea(doc, id));
  },
};

export const placeIdeaAction: Action<{ id: string; patch: Pick<IdeaPatch, 'impact' | 'effort'> }> = {
  id: 'idea.place',
  label: 'Move on the grid',
  shortcut: 'Arrow keys',
  perform: (session, { id, patch }) => {
    requireMayChangeIdeas([id]);
    session.write((doc) => updateIdea(doc, id, patch));
  },
};
