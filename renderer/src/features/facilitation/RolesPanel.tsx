import { useState } from 'react';
import { ROLES, type RoleId } from '../../../../shared/doc/seeded-lists';
import { handOverFacilitation, setRole } from '../../../../shared/facilitation/room-ops';
import { useWorkshopStore } from '../../store/workshop-store';
import { useMe } from '../../workshop/use-me';
import { runOp } from './run-op';

/** Everyone's role; the facilitator changes them and can hand over facilitation. */
export function RolesPanel({ onMessage }: { onMessage: (m: string | null) => void }) {
  const byId = useWorkshopStore((s) => s.snapshot?.participants);
  const participants = Object.values(byId ?? {});
  const me = useMe();
  const [handTo, setHandTo] = useState('');
  const others = participants.filter((p) => p.id !== me?.id).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const label = (role: RoleId) => ROLES.find((r) => r.id === role)?.label ?? role;

  return (
    <div className="roles-panel">
      <h3>Roles</h3>
      <ul>
        {others.map((p) => (
          <li key={p.id}>
            <label htmlFor={`role-${p.id}`}>{p.displayName}</label>{' '}
            <select id={`role-${p.id}`} value={p.role} onChange={(e) => onMessage(runOp((doc, actor) => setRole(doc, actor, p.id, e.target.value as RoleId), `${p.displayName} is now ${label(e.target.value as RoleId)}`))}>
              {ROLES.map((r) => <option key={r.id} value={r.id} disabled={r.id === 'facilitator'}>{r.label}</option>)}
            </select>
          </li>
        ))}
      </ul>
      <div className="facilitator-row">
        <label htmlFor="hand-over">Hand over facilitation to</label>
        <select id="hand-over" value={handTo} onChange={(e) => setHandTo(e.target.value)}>
          <option value="">Choose someone</option>
          {others.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
        </select>
        <button type="button" className="button button-secondary" disabled={!handTo} onClick={() => onMessage(runOp((doc, actor) => handOverFacilitation(doc, actor, handTo), 'Facilitation handed over'))}>Hand over</button>
      </div>
    </div>
  );
}
