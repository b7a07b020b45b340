import { forwardRef, useId, useState } from 'react';
import type { BlueprintSection } from '../../../../shared/doc/types';
import type { WriteResult } from './use-write';

interface Props {
  section: BlueprintSection;
  headingId: string;
  index: number;
  count: number;
  onRename: (title: string) => WriteResult;
  onMove: (toIndex: number) => void;
  onDelete: () => void;
}

/** A section's title (a focus target for Escape from its text) and its controls: rename, move, delete. */
export const SectionHeader = forwardRef<HTMLHeadingElement, Props>(function SectionHeader(
  { section, headingId, index, count, onRename, onMove, onDelete }, ref,
) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(section.title);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="section-header">
      <h3 id={headingId} ref={ref} tabIndex={-1}>{section.title}</h3>
      <div className="section-controls">
        <button type="button" className="link-button" aria-expanded={renaming} onClick={() => { setTitle(section.title); setError(null); setRenaming(!renaming); }}>
          Rename <span className="visually-hidden">“{section.title}”</span>
        </button>
        <button type="button" className="link-button" disabled={index === 0} onClick={() => onMove(index - 1)}>
          Move up <span className="visually-hidden">“{section.title}”</span>
        </button>
        <button type="button" className="link-button" disabled={index >= count - 1} onClick={() => onMove(index + 1)}>
          Move down <span className="visually-hidden">“{section.title}”</span>
        </button>
        <button type="button" className="link-button danger" onClick={onDelete}>
          Delete section <span className="visually-hidden">“{section.title}”</span>
        </button>
      </div>
      {renaming && (
        <form className="inline-add" onSubmit={(event) => {
          event.preventDefault();
          const refused = onRename(title);
          setError(refused);
          if (!refused) setRenaming(false);
        }}>
          <div className={`field${error ? ' field-error' : ''}`}>
            <label htmlFor={id}>New title for “{section.title}”</label>
            {error && <span className="error-message" id={`${id}-error`} role="alert">{error}</span>}
            <input id={id} type="text" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
          </div>
          <button type="submit" className="button button-small">Save title</button>
          <button type="button" className="link-button" onClick={() => setRenaming(false)}>Cancel</button>
        </form>
      )}
    </div>
  );
});
