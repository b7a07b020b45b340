import { useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../../../shared/doc/schema';
import { OpError } from '../../../../shared/doc/ops';
import { useWorkshopStore, type WorkshopState } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { TextField } from '../../lib/TextField';
import { TemplateChoice, useAvailableTemplates } from '../facilitation/TemplateChoice';
import { startRoomWorkshopAction } from './room-actions';

/**
 * A room opened by `npm run host -- --room …` starts with an empty workshop.
 * Once the room's history has arrived and it is still empty, whoever is here
 * first names it, chooses its session template and runs it as facilitator;
 * everyone else sees it fill in.
 */
/** The room's history has arrived and its workshop is still unnamed: someone here must start it. */
export const awaitsRoomStart = (state: WorkshopState): boolean =>
  state.room?.link?.relay === 'connected' && state.snapshot !== null && !state.snapshot.meta.title;

export function StartRoomWorkshop() {
  const waiting = useWorkshopStore(awaitsRoomStart);
  const [title, setTitle] = useState('');
  const [localAuthority, setLocalAuthority] = useState('');
  const templates = useAvailableTemplates();
  const [templateId, setTemplateId] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!waiting) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const session = currentSession();
    if (!session) return;
    if (!title.trim() || !localAuthority.trim()) {
      setError('Enter the workshop’s name and your local authority');
      document.getElementById(title.trim() ? 'room-workshop-la' : 'room-workshop-title')?.focus();
      return;
    }
    try {
      startRoomWorkshopAction.perform(session, {
        title: title.trim(),
        localAuthority: localAuthority.trim(),
        template: templates.find((t) => t.id === templateId),
      });
    } catch (e) {
      setError(e instanceof OpError ? e.message : String(e));
    }
  }

  return (
    <section className="start-room-workshop" aria-labelledby="start-room-heading">
      <h1 id="start-room-heading">This room’s workshop has not started yet</h1>
      <p>You are the first here. Name the workshop and choose its session template: everyone in the room will see it, and you will run it as its facilitator.</p>
      <form onSubmit={submit} noValidate className="join-form">
        {error && <p className="error-message" role="alert">{error}</p>}
        <TextField id="room-workshop-title" label="Workshop name" value={title} onChange={setTitle} autoComplete="off" input={{ maxLength: MAX_TITLE_LENGTH }} />
        <TextField id="room-workshop-la" label="Local authority" value={localAuthority} onChange={setLocalAuthority} autoComplete="organization" input={{ maxLength: MAX_TITLE_LENGTH }} />
        <TemplateChoice value={templateId} onChange={setTemplateId} templates={templates} />
        <button type="submit" className="button">{startRoomWorkshopAction.label}</button>
      </form>
    </section>
  );
}
