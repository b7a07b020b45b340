import { useState, type FormEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../../../../shared/doc/schema';
import { addBlockerAction } from '../../actions/board-actions';
import { announce } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { slotFor } from './layout';

/** Quick capture: type, Enter, next. Nothing is cut short silently. */
export function CaptureForm({ noteCount }: { noteCount: number }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = text.trim();
    if (!words) {
      setError('Write what gets in the way before adding the note');
      return;
    }
    if (words.length > MAX_NOTE_LENGTH) {
      setError(`A note can be up to ${MAX_NOTE_LENGTH} characters; this one has ${words.length}. Shorten it or split it into two notes.`);
      return;
    }
    const session = currentSession();
    if (!session) return;
    addBlockerAction.perform(session, { text: words, ...slotFor(noteCount) });
    setText('');
    setError(null);
    announce('Note added to the board');
  }

  return (
    <form className="capture-form" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor="capture-text">What gets in the way of time with children and families?</label>
        <span className="hint" id="capture-hint">One blocker per note. Press Enter to add it and start the next.</span>
        {error && <span className="error-message" id="capture-error">{error}</span>}
        <div className="capture-row">
          <input
            id="capture-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`capture-hint${error ? ' capture-error' : ''}`}
            aria-invalid={Boolean(error)}
            autoComplete="off"
          />
          <button type="submit" className="button">Add note</button>
        </div>
      </div>
    </form>
  );
}
