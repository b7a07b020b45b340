import { moveBlockers } from '../../../../../shared/doc/ops';
import { arrangeInGrid } from '../../../../../shared/board/arrange';
import type { Placed } from '../../../../../shared/board/reading-order';
import type { Move } from '../../../../../shared/board/selection';
import type { Action } from '../../../actions/action';
import { requireMayChangeNotes } from '../../../actions/may-change-notes';
import { ARRANGE_CELL } from './layout';

/**
 * Moves any number of notes in one op: one undo step, one message to the
 * room. A drag commits through this on drop, never while the pointer moves.
 */
export const moveNotesAction: Action<{ moves: readonly Move[] }> = {
  id: 'blocker.move-many',
  label: 'Move notes',
  shortcut: 'Arrow keys (Shift for bigger steps)',
  perform: (session, { moves }) => {
    requireMayChangeNotes(moves.map((m) => m.id));
    session.write((doc) => moveBlockers(doc, moves));
  },
};

/** Tidies notes into a grid at their own top-left, keeping reading order; one op. */
export const arrangeNotesAction: Action<{ notes: readonly Placed[] }> = {
  id: 'blocker.arrange',
  label: 'Arrange',
  perform: (session, { notes }) => {
    requireMayChangeNotes(notes.map((n) => n.id));
    session.write((doc) => moveBlockers(doc, arrangeInGrid(notes, ARRANGE_CELL)));
  },
};
