import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { RECOMMENDED_MAX_TEAM_SIZE } from '../../../../shared/doc/blueprint-lists';
import type { TeamDesign, TeamRole } from '../../../../shared/doc/blueprint-types';
import {
  addTeamRole, deleteTeamRole, editTeamDesignText, editTeamRoleText, setTeamRoleHolder, updateTeamDesign,
} from '../../../../shared/doc/ops';
import { announce } from '../../store/workshop-store';
import { formatInput } from './format';
import { commitNumber } from './number-commit';
import { inOrder } from './order';
import { SharedTextField } from './SharedTextField';
import type { WriteResult } from './use-write';
import { ValueField } from './ValueField';

type Write = (fn: (doc: Y.Doc) => void) => WriteResult;

/** Family Facing Teams: size, number, patches, budget, and the roles shared inside each team. */
export function TeamDesignPanel({ design, roles, write }: {
  design: TeamDesign;
  roles: Readonly<Record<string, TeamRole>>;
  write: Write;
}) {
  const tooBig = design.size > RECOMMENDED_MAX_TEAM_SIZE;
  return (
    <div className="team-design">
      <div className="field-row">
        <ValueField
          label="People in each Family Facing Team" hint="The blueprint suggests eight." kind="number" width="narrow" suffix="people"
          value={String(design.size)}
          warning={tooBig ? `Teams of more than ${RECOMMENDED_MAX_TEAM_SIZE} find self-management hard: Buurtzorg keeps its teams to ${RECOMMENDED_MAX_TEAM_SIZE} at most.` : undefined}
          onCommit={(t) => commitNumber(t, 'the team size', (size) => (size === null ? 'Enter the team size.' : write((doc) => updateTeamDesign(doc, { size }))))}
        />
        <ValueField
          label="Number of teams" kind="number" width="narrow" suffix="teams" value={formatInput(design.teamCount)}
          onCommit={(t) => commitNumber(t, 'the number of teams', (teamCount) => write((doc) => updateTeamDesign(doc, { teamCount })))}
        />
        <ValueField
          label="Budget for each team" hint="For day-to-day case matters." kind="number" width="medium" suffix="£ a year" value={formatInput(design.budgetPerTeam)}
          onCommit={(t) => commitNumber(t, 'the budget', (budgetPerTeam) => write((doc) => updateTeamDesign(doc, { budgetPerTeam })))}
        />
      </div>
      <SharedTextField label="Patches" hint="The areas each team covers, one per line." multiline rows={3} value={design.patches}
        onWrite={(t) => write((doc) => editTeamDesignText(doc, 'patches', t))} />
      <SharedTextField label="What the team budget covers" multiline value={design.budgetCovers}
        onWrite={(t) => write((doc) => editTeamDesignText(doc, 'budgetCovers', t))} />
      <h4>Shared roles</h4>
      <p className="hint">Roles held in turn inside each team, in place of a team manager. A starting point: change them.</p>
      {inOrder(roles).map((role) => (
        <fieldset key={role.id} className="row-card">
          <legend>{role.name}</legend>
          <div className="field-row">
            <SharedTextField label="Role" value={role.name} onWrite={(t) => write((doc) => editTeamRoleText(doc, role.id, 'name', t))} />
            <ValueField label="Who holds it" value={role.holder} width="medium" onCommit={(t) => write((doc) => setTeamRoleHolder(doc, role.id, t))} />
          </div>
          <SharedTextField label="What the role does" multiline value={role.purpose} onWrite={(t) => write((doc) => editTeamRoleText(doc, role.id, 'purpose', t))} />
          <button type="button" className="link-button danger" onClick={() => {
            write((doc) => deleteTeamRole(doc, role.id));
            announce(`Removed the role "${role.name}". Ctrl+Z brings it back.`);
          }}>Remove the role <span className="visually-hidden">“{role.name}”</span></button>
        </fieldset>
      ))}
      <AddNamed label="Add a shared role" button="Add role" onAdd={(name) => write((doc) => { addTeamRole(doc, { name }); })} />
    </div>
  );
}

/** A one-field form that adds a named row; keeps what was typed if it is refused. */
export function AddNamed({ label, button, onAdd }: { label: string; button: string; onAdd: (name: string) => WriteResult }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="inline-add" onSubmit={(event) => {
      event.preventDefault();
      const refused = onAdd(name);
      setError(refused);
      if (!refused) {
        announce(`Added "${name}".`);
        setName('');
      }
    }}>
      <div className={`field${error ? ' field-error' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {error && <span className="error-message" id={`${id}-error`} role="alert">{error}</span>}
        <input id={id} type="text" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <button type="submit" className="button button-small">{button}</button>
    </form>
  );
}
