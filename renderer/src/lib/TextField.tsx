import type { InputHTMLAttributes } from 'react';

/**
 * One labelled text input in the GOV.UK pattern: label, optional hint, an error
 * shown at the field, and the aria wiring that ties them together, written once.
 */
export function TextField({ id, label, hint, error, value, onChange, autoComplete, input }: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
  /** Further attributes of the input (maxLength, spellCheck, autoCapitalize). */
  input?: Pick<InputHTMLAttributes<HTMLInputElement>, 'maxLength' | 'spellCheck' | 'autoCapitalize'>;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
      {error && <span className="error-message" id={`${id}-error`}>{error}</span>}
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy || undefined}
        aria-invalid={Boolean(error)}
        autoComplete={autoComplete}
        {...input}
      />
    </div>
  );
}
