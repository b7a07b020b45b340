import { useEffect, useState, type KeyboardEvent } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  multiline?: boolean;
  inputMode?: 'decimal' | 'text';
  /** Saves the typed value; returns an error message to show at the field, or null when saved. */
  onCommit: (typed: string) => string | null;
}

/**
 * A text field that saves when you leave it or press Enter (Ctrl+Enter in a
 * multi-line field) and shows any problem right at the field. What you typed
 * stays until it is saved, even if a colleague changes the same field.
 */
export function TextFieldRow({ id, label, hint, value, multiline, inputMode, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  function commit() {
    setEditing(false);
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = onCommit(draft);
    setError(problem);
    if (problem) setEditing(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== value) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
      setEditing(false);
      setError(null);
    }
  }

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setEditing(true);
    },
    onBlur: commit,
    onKeyDown,
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy,
    autoComplete: 'off',
  };
  return (
    <div className={`field field-compact${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      {error && <span className="error-message" id={`${id}-error`}>{error}</span>}
      {multiline ? <textarea rows={2} {...common} /> : <input inputMode={inputMode} {...common} />}
    </div>
  );
}
