import { useId, useState, type ReactNode } from 'react';
import type { WriteResult } from './use-write';

interface Props {
  label: string;
  /** The value as the document holds it, written out ('' when not set). */
  value: string;
  /** Checks and writes the typed text; returns the refusal message, or null once written. */
  onCommit: (text: string) => WriteResult;
  hint?: string;
  kind?: 'text' | 'date' | 'number';
  /** Shown after the input ("hours", "£ a year"). */
  suffix?: string;
  /** A warning that does not stop the value being kept (team size past 12). */
  warning?: ReactNode;
  width?: 'narrow' | 'medium';
}

/**
 * A field holding one plain value (a number, a date, a name). What is typed is
 * written as soon as it is valid; while the field has focus it shows exactly
 * what was typed ("7." stays "7."), and a refused value stays, with its
 * message, until it is fixed. Nothing typed is thrown away.
 */
export function ValueField({ label, value, onCommit, hint, kind = 'text', suffix, warning, width }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, warning ? `${id}-warning` : null]
    .filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {error && <span id={`${id}-error`} className="error-message" role="alert">{error}</span>}
      <span className="value-field">
        <input
          id={id}
          className={width ? `input-${width}` : undefined}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          value={draft ?? value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            setError(onCommit(text));
          }}
          onBlur={() => {
            if (!error) setDraft(null);
          }}
        />
        {suffix && <span className="suffix">{suffix}</span>}
      </span>
      {warning && <span id={`${id}-warning`} className="warning-message">{warning}</span>}
    </div>
  );
}
