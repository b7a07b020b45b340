import type { Blocker } from '../../../../shared/doc/types';
import { BlockerNote } from './BlockerNote';
import { NOTE_HEIGHT, NOTE_WIDTH, GRID_GAP } from './layout';

/** The free board: notes where people put them, in a scrollable area. */
export function BoardCanvas({ blockers }: { blockers: Readonly<Record<string, Blocker>> }) {
  const notes = Object.values(blockers).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const width = Math.max(0, ...notes.map((n) => n.x)) + NOTE_WIDTH + GRID_GAP;
  const height = Math.max(0, ...notes.map((n) => n.y)) + NOTE_HEIGHT + GRID_GAP;
  return (
    <section className="board" aria-labelledby="board-heading">
      <h2 id="board-heading" className="board-heading">
        Blockers on the board <span className="count">({notes.length})</span>
      </h2>
      <p id="note-instructions" className="visually-hidden">
        Press Enter to edit a note, arrow keys to move it (hold Shift for bigger steps), Delete to remove it.
        Ctrl+Z undoes your last change.
      </p>
      {notes.length === 0 ? (
        <p className="empty-board">No blockers yet. Add the first one above.</p>
      ) : (
        <div className="board-scroll">
          <ul className="board-surface" style={{ width, height }} aria-label="Blocker notes">
            {notes.map((note, index) => (
              <BlockerNote key={note.id} note={note} nextId={notes[index + 1]?.id ?? notes[index - 1]?.id ?? null} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
