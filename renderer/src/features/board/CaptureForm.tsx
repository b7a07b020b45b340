import { useRef, useState, type FormEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../../../../shared/doc/schema';
import { describeKinds, kindsFound } from '../../../../shared/guard';
import { addBlockerAction } from '../../actions/board-actions';
import { writingPrivately } from '../../actions/private-writing';
import { announce } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { canNow } from '../../workshop/identity';
import { useChildDataCheck } from './guard/use-child-data-check';
import { useChildDataGuard } from './guard/use-child-data-guard';
import { slotFor } from './layout';
import { usePasteAsManyNotes } from './paste/PasteAsManyNotes';

/**
 * Quick capture: type, Enter, next. Nothing is cut short silently, and a note
 * that looks like it holds a child's or family's personal data is held back
 * with a warning until the person edits it or says it is not personal data.
 */
export function CaptureForm({ noteCount }: { noteCount: number }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const guard = useChildDataGuard({ text, fieldRef: inputRef, onShareAnyway: () => add(true) });
  const findings = useChildDataCheck(text);
  const paste = usePasteAsManyNotes({ noteCount, insert: (t) => setText((prev) => (prev.trim() ? `${prev.trimEnd()} ${t}` : t)), fieldId: 'capture-text' });

  function add(checked: boolean) {
    const words = text.trim();
    if (!words) {
      setError('Write what gets in the way before adding the note');
      return;
    }
    if (words.length > MAX_NOTE_LENGTH) {
      setError(`A note can be up to ${MAX_NOTE_LENGTH} characters; this one has ${words.length}. Shorten it or split it into two notes.`);
      return;
    }
    // The phase, the lock and my role decide (workshop/identity.ts canNow); a refusal says why.
    const verdict = canNow('addNote');
    if (!verdict.ok) {
      setError(verdict.reason);
      return;
    }
    setError(null);
    if (!checked && !guard.mayShare(text)) return;
    const session = currentSession();
    if (!session) return;
    addBlockerAction.perform(session, { text: words, ...slotFor(noteCount) });
    setText('');
    announce(writingPrivately(session) ? 'Note kept on this laptop until the facilitator reveals everyone’s notes' : 'Note added to the board');
    // After "add it anyway" focus was on the warning's button: bring it back for the next note.
    if (checked) inputRef.current?.focus();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    add(false);
  }

  // A quiet hint while typing; the warning itself comes only on Enter.
  const hint = findings.length > 0 && !guard.warning ? `Check before adding: this may hold ${describeKinds(kindsFound(findings))}.` : null;
  const describedBy = ['capture-hint', error && 'capture-error', hint && 'capture-guard-hint'].filter(Boolean).join(' ');

  return (
    <form className="capture-form" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor="capture-text">What gets in the way of time with children and families?</label>
        <span className="hint" id="capture-hint">One blocker per note. Press Enter to add it and start the next.</span>
        {error && <span className="error-message" id="capture-error">{error}</span>}
        <div className="capture-row">
          <input
            id="capture-text"
            ref={inputRef}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPaste={paste.onPaste}
            aria-describedby={describedBy}
            aria-invalid={Boolean(error)}
            autoComplete="off"
          />
          <button type="submit" className="button">Add note</button>
        </div>
        {hint && (
          <span className="child-data-hint" id="capture-guard-hint">
            {hint}
          </span>
        )}
      </div>
      {guard.warning}
      {paste.prompt}
    </form>
  );
}
