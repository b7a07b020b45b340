import { useState, type FormEvent } from 'react';
import type { Idea, Objection, Participant, WorkshopSnapshot } from '../../../../shared/doc/types';
import { formatHoursPerWeek, hoursForIdea, hoursForIdeas } from '../../../../shared/ideas/hours';
import { objectAction, recordConsentAction, reviewAction, settleObjectionAction, withdrawAction } from './voting-actions';
import { runAction } from './run-action';

interface Props {
  snapshot: WorkshopSnapshot;
  me: Participant | null;
  facilitating: boolean;
}

function byAge<T extends { createdAt: number; id: string }>(list: T[]): T[] {
  return list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

function SettleForm({ objection }: { objection: Objection }) {
  const [response, setResponse] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `settle-${objection.id}`;
  const settle = (status: 'resolved' | 'noted') => {
    setError(runAction(settleObjectionAction, { objectionId: objection.id, status, response }, status === 'resolved' ? 'Objection resolved' : 'Objection noted'));
  };
  return (
    <div className="settle-form">
      {error && <p className="error-message" role="alert">{error}</p>}
      <label htmlFor={id}>How it was resolved, or why it is noted</label>
      <textarea id={id} rows={2} value={response} onChange={(e) => setResponse(e.target.value)} />
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => settle('resolved')}>Resolved</button>
        <button type="button" className="button button-small button-secondary" onClick={() => settle('noted')}>Noted: go ahead</button>
      </div>
    </div>
  );
}

function ObjectForm({ idea, me }: { idea: Idea; me: Participant }) {
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `object-${idea.id}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = runAction(objectAction, { ideaId: idea.id, raisedBy: me.id, reason }, 'Objection recorded');
    setError(problem);
    if (!problem) {
      setReason('');
      setOpen(false);
    }
  }
  if (!open) return <button type="button" className="button button-small button-secondary" onClick={() => setOpen(true)}>Raise an objection</button>;
  return (
    <form onSubmit={submit} className="object-form" noValidate>
      {error && <p className="error-message" role="alert">{error}</p>}
      <label htmlFor={id}>Your principled objection</label>
      <span className="hint" id={`${id}-hint`}>Why would this cause harm or move us backwards? “I would prefer something else” is not an objection.</span>
      <textarea id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={`${id}-hint`} />
      <button type="submit" className="button button-small">Record objection</button>
    </form>
  );
}

/** Consent for the final choice: each proposal passes unless someone raises a principled objection. */
export function ConsentPanel({ snapshot, me, facilitating }: Props) {
  const [error, setError] = useState<string | null>(null);
  const ideas = byAge(Object.values(snapshot.ideas).filter((idea) => idea.consent !== 'none'));
  const chosen = ideas.filter((idea) => idea.consent === 'agreed');
  const objectionsOf = (ideaId: string) => byAge(Object.values(snapshot.objections).filter((o) => o.ideaId === ideaId));
  const total = hoursForIdeas(chosen, snapshot.blockers, snapshot.meta.teamSize);
  const name = (id: string | null) => (id ? snapshot.participants[id]?.displayName ?? 'Someone who has left' : 'Someone');

  return (
    <section className="consent" aria-labelledby="consent-heading">
      <h2 id="consent-heading">Consent for the final choice</h2>
      <p className="hint">Each proposal goes ahead unless someone raises a principled objection. Every objection is recorded with its reason, then resolved or noted.</p>
      {error && <p className="error-message" role="alert">{error}</p>}
      {ideas.length === 0 && <p>Nothing has been proposed yet. After a round is revealed, the facilitator can propose its top ideas.</p>}
      <ul className="consent-list">
        {ideas.map((idea) => {
          const objections = objectionsOf(idea.id);
          const open = objections.filter((o) => o.status === 'open').length;
          return (
            <li key={idea.id} className={`consent-item consent-${idea.consent}`}>
              <h3 className="consent-title">{idea.text}</h3>
              <p>
                <strong>{idea.consent === 'agreed' ? 'Agreed' : idea.consent === 'withdrawn' ? 'Withdrawn' : open > 0 ? `${open} open ${open === 1 ? 'objection' : 'objections'}` : 'Proposed: no open objections'}</strong>
                {' · '}{formatHoursPerWeek(hoursForIdea(idea, snapshot.blockers, snapshot.meta.teamSize).hours)} given back
              </p>
              {objections.length > 0 && (
                <ul className="objections">
                  {objections.map((o) => (
                    <li key={o.id}>
                      <span>{name(o.raisedBy)} objected: “{o.reason}”</span>
                      {o.status !== 'open' && <span className="hint"> {o.status === 'resolved' ? 'Resolved' : 'Noted'}: {o.response}</span>}
                      {o.status === 'open' && facilitating && <SettleForm objection={o} />}
                    </li>
                  ))}
                </ul>
              )}
              <div className="button-row">
                {idea.consent === 'proposed' && me && <ObjectForm idea={idea} me={me} />}
                {idea.consent === 'proposed' && facilitating && (
                  <>
                    <button type="button" className="button button-small" onClick={() => setError(runAction(recordConsentAction, { ideaId: idea.id }, `Consent recorded for “${idea.text}”`))}>Record consent</button>
                    <button type="button" className="button button-small button-secondary" onClick={() => setError(runAction(withdrawAction, { ideaId: idea.id }, 'Proposal withdrawn'))}>Withdraw</button>
                  </>
                )}
                {idea.consent === 'agreed' && facilitating && (
                  <button type="button" className="link-button" onClick={() => setError(runAction(reviewAction, { ideaId: idea.id }, 'Decision reopened for consent'))}>Review this decision</button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="chosen-set panel" aria-live="polite">
        <h3>The chosen small changes</h3>
        {chosen.length === 0 ? <p>None agreed yet.</p> : (
          <>
            <p className="big-number"><strong>{formatHoursPerWeek(total.hours)}</strong> given back to children and families</p>
            <p className="hint">From {chosen.length} agreed {chosen.length === 1 ? 'change' : 'changes'}, counting each blocker once, across a team of {snapshot.meta.teamSize}.
              {total.unestimated > 0 ? ` ${total.unestimated} linked ${total.unestimated === 1 ? 'blocker has' : 'blockers have'} no time estimate and ${total.unestimated === 1 ? 'is' : 'are'} left out.` : ''}</p>
          </>
        )}
      </div>
    </section>
  );
}
