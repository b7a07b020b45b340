import { useEffect, useRef, useState, type ClipboardEvent } from 'react';
import { splitPastedLines } from '../../../../../shared/board/paste';
import { describeKinds, findPersonalData, kindsFound } from '../../../../../shared/guard';
import { announce } from '../../../store/workshop-store';
import { currentSession } from '../../../workshop/session';
import { writingPrivately } from '../../../actions/private-writing';
import { addManyNotesAction, problemsWithLines } from './paste-actions';

/** Lines that look like they hold a child's or family's personal data, described in words. */
export function personalDataInLines(lines: readonly string[]): string[] {
  return lines.flatMap((line, i) => {
    const kinds = kindsFound(findPersonalData(line));
    return kinds.length > 0 ? [`Line ${i + 1} may hold ${describeKinds(kinds)}.`] : [];
  });
}

interface PromptProps {
  lines: readonly string[];
  onAddAll: () => void;
  onKeepAsOne: () => void;
  onCancel: () => void;
  error: string | null;
}

/** Asks whether a pasted list should become one note per line. Focus moves to it; Escape cancels. */
export function PasteAsManyNotes({ lines, onAddAll, onKeepAsOne, onCancel, error }: PromptProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  // The child-data guard looks at every line: a list pasted from elsewhere is where names hide.
  const warnings = personalDataInLines(lines);
  return (
    <div className="paste-prompt" role="group" aria-labelledby="paste-prompt-heading"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <p id="paste-prompt-heading"><strong>You pasted {lines.length} lines.</strong> Make one note per line?</p>
      {error && <p className="error-message" role="alert">{error}</p>}
      {warnings.length > 0 && (
        <div className="error-message" role="alert">
          <p>No child’s or family’s personal data belongs in a workshop. Check before adding:</p>
          <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      )}
      <ol className="paste-lines">{lines.slice(0, 8).map((line, i) => <li key={i}>{line}</li>)}</ol>
      {lines.length > 8 && <p className="hint">…and {lines.length - 8} more.</p>}
      <div className="button-row">
        {warnings.length > 0 && (
          <button type="button" className="button button-small" ref={ref} onClick={onKeepAsOne}>Put it in the box to edit</button>
        )}
        <button type="button" className={`button button-small${warnings.length > 0 ? ' button-secondary' : ''}`} ref={warnings.length > 0 ? undefined : ref} onClick={onAddAll}>
          {warnings.length > 0 ? `It is not personal data: add ${lines.length} notes` : `Add ${lines.length} notes`}
        </button>
        {warnings.length === 0 && <button type="button" className="button button-small button-secondary" onClick={onKeepAsOne}>Keep it as one note</button>}
        <button type="button" className="link-button" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}

/**
 * What a capture field needs to offer "one note per line" on a paste of many
 * lines: an onPaste handler and the prompt to render under the field.
 * `insert` puts text into the field (for "keep it as one note").
 */
export function usePasteAsManyNotes(options: { noteCount: number; insert: (text: string) => void; fieldId: string }) {
  const [lines, setLines] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setLines(null);
    setError(null);
    requestAnimationFrame(() => document.getElementById(options.fieldId)?.focus());
  };

  function onPaste(event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const pasted = splitPastedLines(event.clipboardData.getData('text'));
    if (pasted.length < 2) return;
    event.preventDefault();
    setLines(pasted);
    setError(problemsWithLines(pasted));
  }

  const prompt = lines && (
    <PasteAsManyNotes
      lines={lines}
      error={error}
      onCancel={close}
      onKeepAsOne={() => {
        options.insert(lines.join(' '));
        close();
      }}
      onAddAll={() => {
        const session = currentSession();
        if (!session) return;
        try {
          addManyNotesAction.perform(session, { lines, firstSlot: options.noteCount });
          announce(writingPrivately(session)
            ? `${lines.length} notes kept on this laptop until the facilitator reveals everyone’s notes`
            : `${lines.length} notes added. Press Ctrl+Z to undo.`);
          close();
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        }
      }}
    />
  );
  return { onPaste, prompt };
}
