import { memo, useRef } from 'react';
import * as Y from 'yjs';
import { promptFor } from '../../../../shared/blueprint/seeds';
import { deleteSection, moveSection, renameSection, restoreSection } from '../../../../shared/doc/ops';
import { sectionsMap } from '../../../../shared/doc/schema';
import type { BlueprintSnapshot } from '../../../../shared/doc/blueprint-types';
import type { BlueprintSection } from '../../../../shared/doc/types';
import { announce } from '../../store/workshop-store';
import type { WorkshopSession } from '../../workshop/session';
import type { CaretUser } from './caret-user';
import { SectionEditor } from './SectionEditor';
import { SectionHeader } from './SectionHeader';
import { StructuredPart } from './StructuredPart';
import type { WriteResult } from './use-write';

interface Props {
  session: WorkshopSession;
  section: BlueprintSection;
  index: number;
  count: number;
  user: CaretUser;
  write: (fn: (doc: Y.Doc) => void) => WriteResult;
  /** The blueprint's structured parts; the section shows the one for its kind above its prose. */
  blueprint: BlueprintSnapshot;
  teamSize: number;
  onFocusWithin: (sectionId: string) => void;
  /** This person deleted the section (it leaves their screen). */
  onDeleted: () => void;
}

/**
 * One section of the blueprint: title and controls, its structured part, and
 * its prose written together. Memoised: a keystroke in one section's prose
 * re-renders that section only.
 */
export const SectionBlock = memo(function SectionBlock({ session, section, index, count, user, write, blueprint, teamSize, onFocusWithin, onDeleted }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `section-${section.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const promptId = `${headingId}-prompt`;
  const prompt = promptFor(section.kind);
  const body = sectionsMap(session.doc).get(section.id)?.get('body');
  const deleted = section.deletedAt !== null;
  return (
    <section className={`blueprint-section${deleted ? ' is-deleted' : ''}`} aria-labelledby={headingId} onFocus={() => onFocusWithin(section.id)}>
      <SectionHeader
        ref={heading}
        section={section}
        headingId={headingId}
        index={index}
        count={count}
        onRename={(title) => write((doc) => renameSection(doc, section.id, title))}
        onMove={(to) => {
          write((doc) => moveSection(doc, section.id, to));
          announce(`Moved “${section.title}” to position ${to + 1} of ${count}.`);
          heading.current?.focus();
        }}
        onDelete={() => {
          write((doc) => deleteSection(doc, section.id));
          onDeleted();
          announce(`Deleted the section “${section.title}”. It is listed under Deleted sections, to restore.`);
        }}
      />
      {deleted && (
        <div className="warning-panel" role="alert">
          <p>This section has been deleted. Everything written in it is kept, and you can go on writing.</p>
          <button type="button" className="button button-small" onClick={() => {
            write((doc) => restoreSection(doc, section.id));
            announce(`Restored the section “${section.title}”.`);
          }}>Restore section</button>
        </div>
      )}
      {prompt && <p className="hint" id={promptId}>{prompt}</p>}
      <StructuredPart section={section} blueprint={blueprint} teamSize={teamSize} write={write} />
      {body instanceof Y.XmlFragment ? (
        <SectionEditor
          fragment={body}
          awareness={session.awareness}
          user={user}
          label={`${section.title}: writing`}
          describedBy={prompt ? promptId : undefined}
          onEscape={() => heading.current?.focus()}
        />
      ) : (
        <p className="error-message">This section&rsquo;s text cannot be shown: it was saved in a form this version does not know.</p>
      )}
    </section>
  );
});
