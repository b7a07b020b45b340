import { useState } from 'react';

/** Copies text, and says so (to screen readers too). Falls back to selecting it where the clipboard is refused. */
export function CopyButton({ text, label, fallbackId }: { text: string; label: string; fallbackId: string }) {
  const [said, setSaid] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied.');
    } catch {
      // Plain http pages may not use the clipboard: select the text for Ctrl+C instead.
      const field = document.getElementById(fallbackId) as HTMLInputElement | null;
      field?.focus();
      field?.select();
      setSaid('Selected: press Ctrl+C to copy.');
    }
  }
  return (
    <>
      <button type="button" className="button button-small" onClick={() => void copy()}>{label}</button>
      <span role="status" className="hint copy-status">{said}</span>
    </>
  );
}
