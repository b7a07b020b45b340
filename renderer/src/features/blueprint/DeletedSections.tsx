import type * as Y from 'yjs';
import { restoreSection } from '../../../../shared/doc/ops';
import type { BlueprintSection } from '../../../../shared/doc/types';
import { announce } from '../../store/workshop-store';
import type { WriteResult } from './use-write';

/** Deleted sections keep everything written in them; any of them can come back. */
export function DeletedSections({ sections, write }: { sections: BlueprintSection[]; write: (fn: (doc: Y.Doc) => void) => WriteResult }) {
  if (sections.length === 0) return null;
  return (
    <section className="deleted-sections" aria-labelledby="deleted-sections-heading">
      <h3 id="deleted-sections-heading" tabIndex={-1}>Deleted sections</h3>
      <ul className="plain-list">
        {sections.map((s) => (
          <li key={s.id}>
            {s.title}{' '}
            <button type="button" className="link-button" onClick={() => {
              write((doc) => restoreSection(doc, s.id));
              announce(`Restored the section “${s.title}”.`);
            }}>Restore section <span className="visually-hidden">“{s.title}”</span></button>
          </li>
        ))}
      </ul>
    </section>
  );
}
