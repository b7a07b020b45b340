import type * as Y from 'yjs';
import type { SupportTeam } from '../../../../shared/doc/blueprint-types';
import { addSupportTeam, deleteSupportTeam, editSupportTeamText } from '../../../../shared/doc/ops';
import { announce } from '../../store/workshop-store';
import { inOrder } from './order';
import { SharedTextField } from './SharedTextField';
import { AddNamed } from './TeamDesignPanel';
import type { WriteResult } from './use-write';

type Write = (fn: (doc: Y.Doc) => void) => WriteResult;

/** The teams that support the Family Facing Teams and do not manage them, with purposes in the room's words. */
export function SupportTeamsPanel({ teams, write }: { teams: Readonly<Record<string, SupportTeam>>; write: Write }) {
  return (
    <div className="support-teams">
      {inOrder(teams).map((team) => (
        <fieldset key={team.id} className="row-card">
          <legend>{team.name}</legend>
          <SharedTextField label="Team" value={team.name} onWrite={(t) => write((doc) => editSupportTeamText(doc, team.id, 'name', t))} />
          <SharedTextField label="Purpose" multiline rows={3} value={team.purpose} onWrite={(t) => write((doc) => editSupportTeamText(doc, team.id, 'purpose', t))} />
          <button type="button" className="link-button danger" onClick={() => {
            write((doc) => deleteSupportTeam(doc, team.id));
            announce(`Removed "${team.name}". Ctrl+Z brings it back.`);
          }}>Remove <span className="visually-hidden">“{team.name}”</span></button>
        </fieldset>
      ))}
      <AddNamed label="Add a support team" button="Add team" onAdd={(name) => write((doc) => { addSupportTeam(doc, { name }); })} />
    </div>
  );
}
