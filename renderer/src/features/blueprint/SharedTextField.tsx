import { useId, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type { WriteResult } from './use-write';

interface Props {
  label: string;
  /** The words as the document holds them now. */
  value: string;
  /** Writes the new words (the op diffs them into the shared text); returns a refusal message or null. */
  onWrite: (next: string) => WriteResult;
  hint?: string;
  multiline?: boolean;
  /** Rows for a multiline field. */
  rows?: number;
  className?: string;
}

/**
 * A field bound to shared words: every keystroke is written at once as the
 * smallest change, so two people typing in the same field both keep their
 * words, and a colleague's typing shows here as it happens. A refused edit
 * (empty, too long) stays in the field with its message until it is fixed.
 */
export function SharedTextField({ label, value, onWrite, hint, multiline = false, rows = 2, className }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const selection = useRef<[number, number] | null>(null);
  const shown = draft ?? value;

  // A colleague's change re-renders this field: keep this person's caret where it was.
  useLayoutEffect(() => {
    const el = ref.current;
    const kept = selection.current;
    if (el && kept && document.activeElement === el && el.value === shown) {
      el.setSelectionRange(Math.min(kept[0], shown.length), Math.min(kept[1], shown.length));
    }
  });

  function onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const next = event.target.value;
    selection.current = [event.target.selectionStart ?? next.length, event.target.selectionEnd ?? next.length];
    const refused = onWrite(next);
    setError(refused);
    setDraft(refused ? next : null);
  }

  const rememberCaret = () => {
    const el = ref.current;
    if (el) selection.current = [el.selectionStart ?? 0, el.selectionEnd ?? 0];
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id, ref, value: shown, onChange, onSelect: rememberCaret,
    'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined,
  };
  return (
    <div className={`field${error ? ' field-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {error && <span id={`${id}-error`} className="error-message" role="alert">{error}</span>}
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
