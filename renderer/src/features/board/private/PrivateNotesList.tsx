import { useState, type FormEvent } from 'react';
import { PrivateNotesError, type PrivateNote } from '../../../../../shared/board/private-notes';
import { announce } from '../../../store/workshop-store';
import { changePrivateNotes, privateNotesFor, usePrivateNotes } from './private-store';

function PrivateNoteItem({ workshopId, note }: { workshopId: string; note: PrivateNote }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const id = `private-${note.id.replace(/[^A-Za-z0-9_-]/g, '')}`;

  function save(event: FormEvent) {
    event.preventDefault();
    try {
      changePrivateNotes(workshopId, (notes) => notes.update(note.id, { text }));
      setEditing(false);
      setError(null);
      announce('Private note saved on this laptop');
      requestAnimationFrame(() => document.getElementById(`${id}-edit`)?.focus());
    } catch (e) {
      setError(e instanceof PrivateNotesError ? e.message : `Could not save on this laptop: ${String(e)}`);
    }
  }

  if (editing) {
    return (
      <li>
        <form onSubmit={save} className={`inline-form${error ? ' field-error' : ''}`} noValidate>
          <label htmlFor={`${id}-text`}>Edit your private note</label>
          {error && <span className="error-message" id={`${id}-error`}>{error}</span>}
          <input id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} autoFocus autoComplete="off"
            aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}
            onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setEditing(false); setText(note.text); setError(null); } }} />
          <button type="submit" className="button button-small">Save</button>
        </form>
      </li>
    );
  }
  return (
    <li className="private-note">
      <span>{note.text}</span>
      <button type="button" className="link-button" id={`${id}-edit`} onClick={() => setEditing(true)}>
        Edit<span className="visually-hidden"> private note: {note.text}</span>
      </button>
      <button type="button" className="link-button danger" onClick={() => {
        changePrivateNotes(workshopId, (notes) => notes.remove(note.id));
        announce('Private note deleted from this laptop');
        document.getElementById('capture-text')?.focus();
      }}>Delete<span className="visually-hidden"> private note: {note.text}</span></button>
    </li>
  );
}

/** The notes this person wrote privately: only on this laptop until the reveal. */
export function PrivateNotesList({ workshopId }: { workshopId: string }) {
  const notes = usePrivateNotes(workshopId);
  const problem = privateNotesFor(workshopId).problem;
  if (notes.length === 0 && !problem) return null;
  return (
    <section className="private-notes" aria-labelledby="private-notes-heading">
      <h2 id="private-notes-heading" className="panel-heading">Your private notes <span className="count">({notes.length}, only on this laptop)</span></h2>
      {problem && <p className="error-message" role="alert">{problem}</p>}
      <ul className="private-note-list">{notes.map((n) => <PrivateNoteItem key={n.id} workshopId={workshopId} note={n} />)}</ul>
    </section>
  );
}
