import { useState, type ReactElement, type RefObject } from 'react';
import { findPersonalData, type Finding } from '../../../../../shared/guard';
import { ChildDataWarning } from './ChildDataWarning';

export interface ChildDataGuardOptions {
  /** The field's current words: the warning only shows while they are the words it warned about. */
  text: string;
  /** The field to return to, with the matching part selected, when the person chooses to edit. */
  fieldRef: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  /** Shares the field's current words without asking again. */
  onShareAnyway: () => void;
  shareLabel?: string;
  compact?: boolean;
}

export interface ChildDataGuard {
  /**
   * True when `text` can be shared now. When it looks like it holds personal
   * data, shows the warning instead and returns false.
   */
  mayShare(text: string): boolean;
  /** The warning to render, or null. */
  warning: ReactElement | null;
}

/** Stops a note that looks like it holds personal data from being shared until the person decides. */
export function useChildDataGuard({ text, fieldRef, onShareAnyway, shareLabel, compact }: ChildDataGuardOptions): ChildDataGuard {
  const [pending, setPending] = useState<{ text: string; findings: Finding[] } | null>(null);
  const showing = pending !== null && pending.text === text ? pending : null;

  function mayShare(candidate: string): boolean {
    const findings = findPersonalData(candidate);
    if (findings.length === 0) return true;
    setPending({ text: candidate, findings });
    return false;
  }

  function edit(finding: Finding | undefined) {
    const field = fieldRef.current;
    // Focus the field before the warning (which holds focus) goes away, so focus never drops to the page.
    if (field) {
      field.focus();
      if (finding) field.setSelectionRange(finding.start, finding.end);
    }
    setPending(null);
  }

  function share() {
    setPending(null);
    onShareAnyway();
  }

  const warning = showing ? (
    <ChildDataWarning
      text={showing.text}
      findings={showing.findings}
      onEdit={edit}
      onShareAnyway={share}
      {...(shareLabel !== undefined ? { shareLabel } : {})}
      compact={compact ?? false}
    />
  ) : null;
  return { mayShare, warning };
}
