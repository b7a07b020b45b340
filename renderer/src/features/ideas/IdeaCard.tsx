import { useState } from 'react';
import { EFFORTS, SCOPES } from '../../../../shared/doc/schema';
import type { Idea, WorkshopSnapshot } from '../../../../shared/doc/types';
import { formatHoursPerWeek, hoursForIdea } from '../../../../shared/ideas/hours';
import { mayChangeIdea, useMay } from '../../actions/use-may';
import { SpotlightButton } from '../facilitation/SpotlightButton';
import { useSpotlight } from '../facilitation/spotlight';
import { runAction } from '../voting/run-action';
import { deleteIdeaAction } from './idea-actions';
import { IdeaForm } from './IdeaForm';

/**
 * One idea in the list: what it is, what it gives back, its plan; edit and
 * delete while the phase lets me change it; the facilitator's spotlight.
 */
export function IdeaCard({ idea, snapshot }: { idea: Idea; snapshot: WorkshopSnapshot }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mayChange = mayChangeIdea(useMay(), idea.id).ok;
  const spotlit = useSpotlight((s) => s.target === idea.id);
  if (editing) return <li className="idea-card"><IdeaForm snapshot={snapshot} idea={idea} onDone={() => setEditing(false)} /></li>;
  const hours = hoursForIdea(idea, snapshot.blockers, snapshot.meta.teamSize);
  const linked = idea.blockerIds.map((id) => snapshot.blockers[id]).filter((b) => b !== undefined);
  const plan: [string, string][] = [
    ['Who can make it', SCOPES.find((s) => s.id === idea.scope)?.label ?? 'Not decided yet'],
    ['Effort', EFFORTS.find((e) => e.id === idea.effort)?.label ?? 'Not judged yet'],
    ['First step', idea.firstStep || '—'],
    ['Owner', idea.owner || '—'],
    ['Review date', idea.reviewDate || '—'],
    ['Measure', idea.measure || '—'],
  ];
  return (
    <li className={`idea-card${spotlit ? ' spotlit' : ''}`} data-idea-id={idea.id}>
      {spotlit && <p className="spotlight-badge">Spotlighted by the facilitator</p>}
      <h4 className="idea-text">{idea.text}</h4>
      <p className="idea-hours"><strong>{formatHoursPerWeek(hours.hours)}</strong> given back{linked.length === 0 ? ' (no blockers linked yet)' : ''}</p>
      {linked.length > 0 && (
        <ul className="idea-blockers" aria-label="Blockers it removes">
          {linked.map((b) => <li key={b.id}>{b.text}{b.minutesPerWeek !== null ? ` · ${b.minutesPerWeek} min a week` : ' · no estimate'}</li>)}
        </ul>
      )}
      <dl className="idea-plan">
        {plan.map(([term, value]) => (
          <div key={term}><dt>{term}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {error && <p className="error-message" role="alert">{error}</p>}
      <div className="button-row">
        {mayChange && (
          <>
            <button type="button" className="link-button" onClick={() => setEditing(true)}>Edit<span className="visually-hidden"> “{idea.text}”</span></button>
            <button type="button" className="link-button danger" onClick={() => setError(runAction(deleteIdeaAction, { id: idea.id }, 'Idea deleted'))}>Delete<span className="visually-hidden"> “{idea.text}”</span></button>
          </>
        )}
        <SpotlightButton target={idea.id} view="ideas" kind="idea" name={idea.text} />
      </div>
    </li>
  );
}
