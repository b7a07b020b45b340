// The ideas screen's actions: data plus perform, calling the ops.
import {
  addIdea, deleteIdea, editIdeaText, linkIdeaToBlocker, unlinkIdeaFromBlocker, updateIdea, type IdeaPatch,
} from '../../../../shared/doc/ops';
import { LOCAL_ORIGIN } from '../../../../shared/doc/origin';
import type { Action } from '../../actions/action';

export interface IdeaDraft extends IdeaPatch {
  readonly text: string;
  readonly blockerIds: readonly string[];
}

export const addIdeaAction: Action<IdeaDraft> = {
  id: 'idea.add',
  label: 'Add idea',
  perform: (session, draft) => {
    addIdea(session.doc, draft);
  },
};

/** Saves an edited idea as one undo step: words, fields and links together. */
export const saveIdeaAction: Action<{ id: string; draft: IdeaDraft; before: readonly string[] }> = {
  id: 'idea.save',
  label: 'Save idea',
  perform: (session, { id, draft, before }) => {
    const { text, blockerIds, ...patch } = draft;
    // Nested transactions join the outer one: one update to the room, one undo step.
    // The form checks every value first, so no op below refuses half-way.
    session.doc.transact(() => {
      editIdeaText(session.doc, id, text);
      updateIdea(session.doc, id, patch);
      for (const blockerId of blockerIds) if (!before.includes(blockerId)) linkIdeaToBlocker(session.doc, id, blockerId);
      for (const blockerId of before) if (!blockerIds.includes(blockerId)) unlinkIdeaFromBlocker(session.doc, id, blockerId);
    }, LOCAL_ORIGIN);
  },
};

export const deleteIdeaAction: Action<{ id: string }> = {
  id: 'idea.delete',
  label: 'Delete idea',
  perform: (session, { id }) => deleteIdea(session.doc, id),
};

export const placeIdeaAction: Action<{ id: string; patch: Pick<IdeaPatch, 'impact' | 'effort'> }> = {
  id: 'idea.place',
  label: 'Move on the grid',
  shortcut: 'Arrow keys',
  perform: (session, { id, patch }) => updateIdea(session.doc, id, patch),
};
