import { ROLES } from '../../../../shared/doc/seeded-lists';
import type { RosterEntry } from '../../sync/room/roster';
import { useWorkshopStore } from '../../store/workshop-store';

const ROLE_LABELS: Record<string, string> = Object.fromEntries(ROLES.map((role) => [role.id, role.label]));

function Editing({ entry }: { entry: RosterEntry }) {
  const note = useWorkshopStore((state) => (entry.editing?.kind === 'blocker' ? state.snapshot?.blockers[entry.editing.id] : undefined));
  if (!entry.editing) return null;
  const what = note ? `“${note.text.slice(0, 40)}${note.text.length > 40 ? '…' : ''}”` : 'a note';
  return <span className="hint">Editing {what}</span>;
}

/** Who is in the room: name, role, online or not, what they are editing. */
export function PeoplePanel({ roster }: { roster: readonly RosterEntry[] }) {
  const online = roster.filter((entry) => entry.online).length;
  return (
    <section className="people-panel" aria-labelledby="people-heading">
      <h2 id="people-heading">
        People <span className="count">({online} here{roster.length > online ? `, ${roster.length - online} away` : ''})</span>
      </h2>
      <ul className="people-list">
        {roster.map((entry) => (
          <li key={entry.participantId} className={entry.online ? 'person online' : 'person away'} data-participant={entry.participantId}>
            <span aria-hidden="true" className="presence-dot" />
            <span className="person-name">{entry.name}{entry.isMe ? ' (you)' : ''}</span>
            <span className="hint">
              {ROLE_LABELS[entry.role] ?? entry.role} · {entry.online ? 'online' : 'offline'}
              {entry.unknownRecord ? ' · joining' : ''}
            </span>
            <Editing entry={entry} />
            {entry.impostorWarning && (
              <strong className="room-warning">
                Two laptops claim to be {entry.name}. If they just reconnected this clears within a minute; otherwise one may be posing as them.
              </strong>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
