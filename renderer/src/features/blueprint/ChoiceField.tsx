import { useId } from 'react';

interface Props<V extends string> {
  label: string;
  value: V | null;
  options: readonly { readonly id: V; readonly label: string }[];
  /** Shown for null; omit when the field always has a value. */
  noneLabel?: string;
  onChange: (value: V | null) => void;
}

/** A choice from a short list, written as soon as it is made. */
export function ChoiceField<V extends string>({ label, value, options, noneLabel, onChange }: Props<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as V))}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    </div>
  );
}
