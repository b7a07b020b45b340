import type { ReactNode } from 'react';
import type { Finding } from '../../../../../shared/guard';

/** The note's words with each finding wrapped in <mark>, so people see exactly which part to change. */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={f.start} className="child-data-mark">
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
