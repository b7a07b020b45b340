import {
  addBlocker, deleteBlocker, editBlockerText, moveBlocker,
} from '../../../shared/doc/ops';
import { rememberAdded } from '../features/board/board-view';
import type { Action } from './action';
import { rememberAddedHere } from './added-here';
import { requireMay, requireMayChangeNotes } from './may-change-notes';
import { keepPrivate, myAuthorId } from './private-writing';

/** How far one arrow-key press moves a note, and with Shift held. */
export const NUDGE_PX = 10;
export const BIG_NUDGE_PX = 50;

export const addBlockerAction: Action<{ text: string; x: number; y: number }> = {
  id: 'blocker.add',
  label: 'Add blocker',
  shortcut: 'Enter',
  perform: (session, { text, x, y }) => {
    requireMay('addNote');
    // In a "write privately" step the note stays on this laptop until the reveal.
    if (keepPrivate(session, { text })) return;
    const id = session.write((doc) => addBlocker(doc, { text, x, y, authorId: myAuthorId(session) }));
    // Mine to edit in "edit your own" steps, even where the room may not know who wrote it (anonymous).
    rememberAddedHere(session.id, 'blocker', [id]);
    // Its details show under the capture box, one Tab away, until something is selected.
    rememberAdded(id);
  },
};

export const editBlockerAction: Action<{ id: string; text: string }> = {
  id: 'blocker.edit',
  label: 'Save changes',
  shortcut: 'Enter',
  perform: (session, { id, text }) => {
    requireMayChangeNotes([id]);
    session.write((doc) => editBlockerText(doc, id, text));
  },
};

export const moveBlockerAction: Action<{ id: string; x: number; y: number }> = {
  id: 'blocker.move',
  label: 'Move note',
  shortcut: 'Arrow keys (Shift for bigger steps)',
  perform: (session, { id, x, y }) => {
    requireMayChangeNotes([id]);
    session.write((doc) => moveBlocker(doc, id, Math.max(0, x), Math.max(0, y)));
  },
};

export const deleteBlockerAction: Action<{ id: string }> = {
  id: 'blocker.delete',
  label: 'Delete note',
  shortcut: 'Delete',
  perform: (session, { id }) => {
    requireMayChangeNotes([id]);
    session.write((doc) => deleteBlocker(doc, id));
  },
};

export const undoAction: Action<void> = {
  id: 'edit.undo',
  label: 'Undo',
  shortcut: 'Ctrl+Z',
  perform: (session) => {
    session.undo.undo();
  },
};

export const redoAction: Action<void> = {
  id: 'edit.redo',
  label: 'Redo',
  shortcut: 'Ctrl+Shift+Z',
  perform: (session) => {
    session.undo.redo();
  },
};

export const boardActions = [
  addBlockerAction, editBlockerAction, moveBlockerAction, deleteBlockerAction, undoAction, redoAction,
] as const;
