import './canvas.css';
import { useEffect } from 'react';
import type { Blocker, Theme } from '../../../../../shared/doc/types';
import { useWorkshopStore } from '../../../store/workshop-store';
import { CanvasToolbar } from './CanvasToolbar';
import { CanvasViewport } from './CanvasViewport';
import { initialCanvasState, useCanvasStore } from './canvas-store';
import { NotesLayer } from './NotesLayer';
import { useBoardIndex } from './use-board-index';
import { useRevealSelection } from './use-reveal-selection';
import type { DropOnNote } from './use-canvas-pointer';

const NO_THEMES: Readonly<Record<string, Theme>> = {};

export interface BoardCanvasProps {
  blockers: Readonly<Record<string, Blocker>>;
  /** Dragged notes were dropped on another note (after the move is saved): e.g. group them into its theme. */
  onDropOnNote?: DropOnNote;
}

/** The free board: zoom, pan, select, move and arrange notes; only what is on screen is drawn. */
export function BoardCanvas({ blockers, onDropOnNote }: BoardCanvasProps) {
  const themes = useWorkshopStore((s) => s.snapshot?.themes) ?? NO_THEMES;
  const categories = useWorkshopStore((s) => s.snapshot?.categories);
  const index = useBoardIndex(blockers);
  const count = Object.keys(blockers).length;
  useRevealSelection();

  // A fresh board opens at 100%, top-left; the viewport size is kept (it is measured, not chosen).
  useEffect(() => {
    useCanvasStore.setState((s) => ({ ...initialCanvasState, viewport: s.viewport }));
  }, []);

  return (
    <section className="board" aria-labelledby="board-heading">
      <h2 id="board-heading" className="board-heading">
        Blockers on the board <span className="count">({count})</span>
      </h2>
      <CanvasToolbar />
      <p className="hint canvas-help">
        Drag notes to move them; drag the empty board to pan; the wheel zooms. Keyboard: Tab to the notes,
        arrow keys move the selected notes, Space selects, + and − zoom.
      </p>
      <p id="canvas-instructions" className="visually-hidden">
        On the board: arrow keys pan, plus and minus zoom, 0 resets the zoom, F fits every note, Tab goes to the notes.
      </p>
      <p id="note-instructions" className="visually-hidden">
        Tab and Shift+Tab go to the next and previous note. Arrow keys move the selected notes (hold Shift for bigger steps).
        Space selects or deselects a note, Ctrl+A selects all, Escape clears the selection. G groups the selected notes into a theme.
        Enter edits a note, Delete removes it. Ctrl+Z undoes your last change.
      </p>
      <CanvasViewport index={index} onDropOnNote={onDropOnNote}>
        {count === 0 && <p className="empty-board">No blockers yet. Add the first one above.</p>}
        <NotesLayer blockers={blockers} themes={themes} categories={categories} index={index} />
      </CanvasViewport>
    </section>
  );
}
