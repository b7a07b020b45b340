import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { Blocker } from '../../../../shared/doc/types';
import {
  BIG_NUDGE_PX, NUDGE_PX, deleteBlockerAction, moveBlockerAction,
} from '../../actions/board-actions';
import { announce } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { NoteEditor } from './NoteEditor';
import { useNoteDrag } from './use-note-drag';

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
};

function focusNote(id: string | null): void {
  const target = id ? document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`) : null;
  (target ?? document.getElementById('capture-text'))?.focus();
}

export const BlockerNote = memo(function BlockerNote({ note, nextId }: { note: Blocker; nextId: string | null }) {
  const [editing, setEditing] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const drag = useNoteDrag(note);
  const x = drag.position?.x ?? note.x;
  const y = drag.position?.y ?? note.y;

  function remove() {
    const session = currentSession();
    if (!session) return;
    deleteBlockerAction.perform(session, { id: note.id });
    announce('Note deleted. Press Ctrl+Z to undo.');
    focusNote(nextId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const session = currentSession();
    if (!session || event.target !== event.currentTarget) return;
    const arrow = ARROWS[event.key];
    if (arrow) {
      const step = event.shiftKey ? BIG_NUDGE_PX : NUDGE_PX;
      moveBlockerAction.perform(session, { id: note.id, x: note.x + arrow[0] * step, y: note.y + arrow[1] * step });
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === 'F2') {
      setEditing(true);
      event.preventDefault();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      remove();
      event.preventDefault();
    }
  }

  return (
    <li className={`note${drag.position ? ' note-dragging' : ''}`} style={{ transform: `translate(${x}px, ${y}px)` }}>
      {editing ? (
        <NoteEditor
          note={note}
          onDone={() => {
            setEditing(false);
            requestAnimationFrame(() => bodyRef.current?.focus());
          }}
        />
      ) : (
        <>
          <div
            ref={bodyRef}
            className="note-body"
            role="button"
            tabIndex={0}
            aria-roledescription="blocker note"
            aria-describedby="note-instructions"
            data-note-id={note.id}
            onKeyDown={onKeyDown}
            onDoubleClick={() => setEditing(true)}
            {...drag.handlers}
          >
            {note.text}
          </div>
          <div className="note-actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> note: {note.text}</span>
            </button>
            <button type="button" className="link-button danger" onClick={remove}>
              Delete<span className="visually-hidden"> note: {note.text}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
});
