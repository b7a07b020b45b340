import { memo, useLayoutEffect, useRef } from 'react';
import type { Blocker } from '../../../../../shared/doc/types';
import { useWorkshopStore } from '../../../store/workshop-store';
import { deleteNote, editNote, goToNote } from './canvas-commands';
import { selectionSet, useCanvasStore } from './canvas-store';
import { NoteEditor } from './NoteEditor';

export interface BlockerNoteProps {
  note: Blocker;
  categoryLabel: string;
  categoryColour: string;
  themeName: string | null;
}

/**
 * One note on the canvas. It draws itself and nothing more: pointer and key
 * handling live on the canvas, so 5,000 notes do not each carry handlers.
 * Each note subscribes only to its own selected/dragging/editing flags, so a
 * drag or a pan re-renders no note at all.
 */
export const BlockerNote = memo(function BlockerNote({ note, categoryLabel, categoryColour, themeName }: BlockerNoteProps) {
  const id = note.id;
  const selected = useWorkshopStore((s) => selectionSet(s.selectedBlockerIds).has(id));
  const editing = useWorkshopStore((s) => s.editingBlockerId === id);
  const dragging = useCanvasStore((s) => s.dragIds?.has(id) ?? false);
  const wantsFocus = useCanvasStore((s) => s.focusRequest === id);
  const bodyRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!wantsFocus || !bodyRef.current) return;
    bodyRef.current.focus({ preventScroll: true });
    useCanvasStore.setState({ focusRequest: null });
  }, [wantsFocus, editing]);

  const className = `note${selected ? ' note-selected' : ''}${dragging ? ' note-dragging' : ''}${editing ? ' note-editing' : ''}`;
  return (
    <li className={className} style={{ transform: `translate(${note.x}px, ${note.y}px)`, backgroundColor: categoryColour }}>
      {editing ? (
        <NoteEditor
          note={note}
          onDone={() => {
            useWorkshopStore.setState({ editingBlockerId: null });
            goToNote(id);
          }}
        />
      ) : (
        <>
          <div
            ref={bodyRef}
            className="note-body"
            role="button"
            tabIndex={-1}
            aria-pressed={selected}
            aria-roledescription="blocker note"
            aria-describedby="note-instructions"
            data-note-id={id}
            onFocus={() => useCanvasStore.setState({ activeId: id })}
          >
            <p className="note-text">{note.text}</p>
            <p className="note-meta">
              <span className="note-category">{categoryLabel}</span>
              {themeName !== null && <span className="note-theme">Theme: {themeName}</span>}
            </p>
          </div>
          <div className="note-actions">
            {selected && <span className="note-selected-tag" aria-hidden="true">✓ Selected</span>}
            <button type="button" className="link-button" tabIndex={-1} onClick={() => editNote(id)}>
              Edit<span className="visually-hidden"> note: {note.text}</span>
            </button>
            <button type="button" className="link-button danger" tabIndex={-1} onClick={() => deleteNote(id, true)}>
              Delete<span className="visually-hidden"> note: {note.text}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
});
