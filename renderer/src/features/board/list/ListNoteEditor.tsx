import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../../../../../shared/doc/schema';
import type { Blocker } from '../../../../../shared/doc/types';
import { editBlockerAction } from '../../../actions/board-actions';
import { announce } from '../../../store/workshop-store';
import { runInForm } from '../../../actions/perform-or-say-why';

/** Edits a note's words in the list. Enter saves, Escape leaves it as it was; problems show at the field. */
export function ListNoteEditor({ note, onDone }: { note: Blocker; onDone: () => void }) {
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = `list-edit-${note.id.replace(/[^A-Za-z0-9_-]/g, '')}`;

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  function save(event?: FormEvent) {
    event?.preventDefault();
    const words = text.trim();
    if (!words) return setError('A note cannot be empty. Press Escape to keep it as it was, or delete it instead.');
    if (words.length > MAX_NOTE_LENGTH) return setError(`A note can be up to ${MAX_NOTE_LENGTH} characters; this one has ${words.length}.`);
    if (words !== note.text) {
      const problem = runInForm(editBlockerAction, { id: note.id, text: words });
      if (problem) return setError(problem);
      announce('Note saved');
    }
    onDone();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey) save(event);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    }
  }

  return (
    <form className="list-note-editor" onSubmit={save} noValidate>
      <label htmlFor={id}>Edit the note</label>
      {error && <span className="error-message" id={`${id}-error`}>{error}</span>}
      <textarea id={id} ref={ref} rows={2} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown}
        aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />
      <div className="button-row">
        <button type="submit" className="button button-small">Save</button>
        <button type="button" className="link-button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
