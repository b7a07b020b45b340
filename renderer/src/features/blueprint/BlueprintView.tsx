import { useCallback, useMemo, useState } from 'react';
import { addSection } from '../../../../shared/doc/ops';
import type { WorkshopSnapshot } from '../../../../shared/doc/types';
import { useWorkshopStore } from '../../store/workshop-store';
import { currentSession, type WorkshopSession } from '../../workshop/session';
import { useMe } from '../../workshop/use-me';
import { caretUser } from './caret-user';
import { DeletedSections } from './DeletedSections';
import { inOrder } from './order';
import { SectionBlock } from './SectionBlock';
import { SeedPanel } from './SeedPanel';
import { AddNamed } from './TeamDesignPanel';
import { useBlueprint } from './use-blueprint';
import { useWrite } from './use-write';
import './blueprint.css';

/** The local blueprint: drafted together from the workshop, section by section. */
export default function BlueprintView({ workshopId }: { workshopId: string }) {
  const snapshot = useWorkshopStore((state) => state.snapshot);
  const session = currentSession();
  if (!snapshot || !session || session.id !== workshopId) return <p className="loading">Loading the blueprint…</p>;
  return <Blueprint session={session} snapshot={snapshot} />;
}

function Blueprint({ session, snapshot }: { session: WorkshopSession; snapshot: WorkshopSnapshot }) {
  const blueprint = useBlueprint(session.doc);
  const write = useWrite(session);
  const me = useMe();
  const user = useMemo(() => caretUser(me, String(session.awareness.clientID)), [me, session.awareness.clientID]);
  // The section this person last worked in stays on screen if someone deletes it, so they can restore it.
  const [workingIn, setWorkingIn] = useState<string | null>(null);
  const onDeleted = useCallback(() => {
    setWorkingIn(null);
    requestAnimationFrame(() => document.getElementById('deleted-sections-heading')?.focus());
  }, []);

  const all = inOrder(snapshot.sections);
  const live = all.filter((s) => s.deletedAt === null);
  const shown = all.filter((s) => s.deletedAt === null || s.id === workingIn);
  const deleted = all.filter((s) => s.deletedAt !== null && s.id !== workingIn);
  const started = blueprint.teamDesign !== null;

  return (
    <div className="blueprint">
      <h2>Local blueprint</h2>
      <p className="lead">A dynamic plan for learning and experimentation, written by the people who do the work.</p>
      <SeedPanel session={session} started={started} />
      {shown.length > 0 && (
        <nav aria-label="Blueprint sections" className="section-contents">
          <ol>{live.map((s) => <li key={s.id}><a href={`#/workshop/${encodeURIComponent(session.id)}/blueprint`} onClick={(e) => {
            e.preventDefault();
            document.getElementById(`section-${s.id.replace(/[^A-Za-z0-9_-]/g, '-')}`)?.focus();
          }}>{s.title}</a></li>)}</ol>
        </nav>
      )}
      {shown.map((section) => (
        <SectionBlock
          key={section.id}
          session={session}
          section={section}
          index={live.findIndex((s) => s.id === section.id)}
          count={live.length}
          user={user}
          write={write}
          onFocusWithin={setWorkingIn}
          onDeleted={onDeleted}
          blueprint={blueprint}
          teamSize={snapshot.meta.teamSize}
        />
      ))}
      <AddNamed label="Add a section" button="Add section" onAdd={(title) => write((doc) => { addSection(doc, { title }); })} />
      <DeletedSections sections={deleted} write={write} />
    </div>
  );
}
