import * as Y from 'yjs';
import { useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../../../shared/doc/seeded-lists';
import type { WorkshopMeta } from '../../../../shared/doc/types';
import { navigate, workshopHref } from '../../app/route';
import { currentSession } from '../../workshop/session';
import { useMe } from '../../workshop/use-me';
import { newWorkshopId } from '../home/recent-workshops';
import { rememberPendingCreation } from '../workshop/pending-creation';
import { useAvailableTemplates } from './TemplateChoice';

/** Starts the next session of this programme: a new workshop that carries this one's small changes forward to be reviewed. */
export function NextSession({ meta, onMessage }: { meta: WorkshopMeta; onMessage: (m: string | null) => void }) {
  const me = useMe();
  const [programme, setProgramme] = useState(meta.programmeTitle || meta.title);
  const templates = useAvailableTemplates();
  const [templateId, setTemplateId] = useState('session-2');

  function start(event: FormEvent) {
    event.preventDefault();
    const session = currentSession();
    const name = programme.trim();
    if (!session) return;
    if (!name) return onMessage('Name the programme these sessions belong to.');
    if (name.length > MAX_TITLE_LENGTH) return onMessage(`The programme name must be ${MAX_TITLE_LENGTH} characters or fewer.`);
    const next = meta.sessionNumber + 1;
    const id = newWorkshopId();
    rememberPendingCreation(id, {
      title: `${name}: session ${next}`.slice(0, MAX_TITLE_LENGTH),
      localAuthority: meta.localAuthority || 'Not given',
      facilitatorName: me?.displayName ?? 'Facilitator',
      template: templates.find((t) => t.id === templateId),
      carryForward: { earlier: Y.encodeStateAsUpdate(session.doc), programmeTitle: name },
    });
    navigate(workshopHref(id));
  }

  return (
    <form onSubmit={start} className="next-session">
      <h3>Programme of sessions</h3>
      <p className="hint">Start the next session: this session's small changes come with it, to be reviewed (did it happen, what did it save, adopt, adapt or abandon).</p>
      <div className="facilitator-row">
        <label htmlFor="programme-name">Programme</label>
        <input id="programme-name" value={programme} onChange={(e) => setProgramme(e.target.value)} autoComplete="off" />
        <label htmlFor="next-template">Template</label>
        <select id="next-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          <option value="">Standard agenda</option>
          {templates.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
        </select>
        <button type="submit" className="button button-secondary">Start session {meta.sessionNumber + 1}</button>
      </div>
    </form>
  );
}
