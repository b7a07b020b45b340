import { useEffect, useRef, type KeyboardEvent } from 'react';
import { describeFindings, type Finding } from '../../../../../shared/guard';
import { HighlightedText } from './HighlightedText';
import './guard.css';

export interface ChildDataWarningProps {
  /** The words about to be shared. */
  text: string;
  findings: readonly Finding[];
  /** Back to the field, with this finding's part selected. */
  onEdit: (finding: Finding | undefined) => void;
  /** The person has checked: it is not personal data. */
  onShareAnyway: () => void;
  /** The share button's words, e.g. "It is not personal data — add it". */
  shareLabel?: string;
  /** A smaller layout for the editor inside a note. */
  compact?: boolean;
}

/**
 * Shown instead of sharing a note that looks like it holds personal data.
 * Focus moves to "Edit the note"; E or Escape also edits. Sharing anyway
 * needs its own button, never a letter key: someone typing their next note
 * straight away must not share this one by accident.
 */
export function ChildDataWarning({
  text,
  findings,
  onEdit,
  onShareAnyway,
  shareLabel = 'It is not personal data — add it',
  compact = false,
}: ChildDataWarningProps) {
  const editRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    editRef.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'e' || event.key === 'E' || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onEdit(findings[0]);
    }
  }

  return (
    <div className={`child-data-warning${compact ? ' child-data-warning-compact' : ''}`} role="alert" onKeyDown={onKeyDown}>
      <p className="child-data-warning-title">
        <strong>Check this note before you share it.</strong> {describeFindings(findings)} Everyone in the room will
        see it, and a workshop is about the work, never about a child or family.
      </p>
      <p className="child-data-warning-quote">
        <HighlightedText text={text} findings={findings} />
      </p>
      <ul className="child-data-warning-list">
        {findings.map((f) => (
          <li key={f.start}>
            “{f.match}”: {f.message}
          </li>
        ))}
      </ul>
      <div className="child-data-warning-actions">
        <button ref={editRef} type="button" className="button" aria-keyshortcuts="E" onClick={() => onEdit(findings[0])}>
          Edit the note
        </button>
        <button type="button" className="button child-data-share" onClick={onShareAnyway}>
          {shareLabel}
        </button>
      </div>
      <p className="hint">Press E or Escape to edit the note.</p>
    </div>
  );
}
