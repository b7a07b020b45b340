import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Blocker } from '../../../../../shared/doc/types';
import { MAX_NOTE_LENGTH } from '../../../../../shared/doc/schema';
import { editBlockerAction } from '../../../actions/board-actions';
import { performOrSayWhy } from '../../../actions/perform-or-say-why';
import { currentSession } from '../../../workshop/session';
import { useChildDataGuard } from '../guard/use-child-data-guard';

/** Edits one note's words in place. Enter saves, Escape leaves it as it was. */
export function NoteEditor({ note, onDone }: { note: Blocker; onDone: () => void }) {
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const fieldId = `edit-${note.id}`;
  const inputRef = useRef<HTMLTextAreaElement>(null);
  // A changed note that looks like it holds personal data waits for the person's decision.
  const guard = useChildDataGuard({
    text, fieldRef: inputRef, compact: true,
    shareLabel: 'It is not personal data — save it', onShareAnyway: () => save(undefined, true),
  });

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  function save(event?: FormEvent, checked = false) {
    event?.preventDefault();
    const words = text.trim();
    if (!words) {
      setError('A note cannot be empty. Press Escape to keep it, or delete it instead.');
      return;
    }
    if (words.length > MAX_NOTE_LENGTH) {
      setError(`A note can be up to ${MAX_NOTE_LENGTH} characters; this one has ${words.length}.`);
      return;
    }
    if (!checked && words !== note.text && !guard.mayShare(text)) return;
    const session = currentSession();
    const refused = session && words !== note.text ? performOrSayWhy(editBlockerAction, session, { id: note.id, text: words }) : null;
    if (refused) {
      setError(refused);
      return;
    }
    onDone();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey) save(event);
    else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  }

  return (
    <form className="note-editor" onSubmit={save} noValidate>
      <label htmlFor={fieldId} className="visually-hidden">Edit the note</label>
      {error && <span className="error-message" id={`${fieldId}-error`}>{error}</span>}
      <textarea
        id={fieldId}
        ref={inputRef}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        rows={3}
      />
      {guard.warning}
      <div className="note-actions">
        <button type="submit" className="button button-small">Save</button>
        <button type="button" className="link-button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
