import { useState, type FormEvent } from 'react';
import { EFFORTS, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, SCOPES, type EffortId, type ScopeId } from '../../../../shared/doc/schema';
import type { Idea, WorkshopSnapshot } from '../../../../shared/doc/types';
import { formatHoursPerWeek, hoursForBlockers } from '../../../../shared/ideas/hours';
import { useMay } from '../../actions/use-may';
import { runAction } from '../voting/run-action';
import { addIdeaAction, saveIdeaAction, type IdeaDraft } from './idea-actions';

interface Props {
  snapshot: WorkshopSnapshot;
  /** The idea being edited; absent when adding a new one. */
  idea?: Idea;
  onDone?: () => void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Adds or edits a small change idea: its words, the blockers it removes, and its plan. */
export function IdeaForm({ snapshot, idea, onDone }: Props) {
  const key = idea?.id ?? 'new';
  const [text, setText] = useState(idea?.text ?? '');
  const [blockerIds, setBlockerIds] = useState<string[]>([...(idea?.blockerIds ?? [])]);
  const [scope, setScope] = useState<ScopeId | ''>(idea?.scope ?? '');
  const [effort, setEffort] = useState<EffortId | ''>(idea?.effort ?? '');
  const [firstStep, setFirstStep] = useState(idea?.firstStep ?? '');
  const [owner, setOwner] = useState(idea?.owner ?? '');
  const [reviewDate, setReviewDate] = useState(idea?.reviewDate ?? '');
  const [measure, setMeasure] = useState(idea?.measure ?? '');
  const [error, setError] = useState<string | null>(null);
  // Adding closed by the phase: say so up front; the words typed stay, and Add says why again (idea-actions.ts).
  const addVerdict = useMay()('addIdea');
  const closed = !idea && !addVerdict.ok ? addVerdict.reason : null;
  const blockers = Object.values(snapshot.blockers).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const hours = hoursForBlockers(blockerIds, snapshot.blockers, snapshot.meta.teamSize);

  function check(): string | null {
    const words = text.trim();
    if (!words) return 'Describe the small change';
    if (words.length > MAX_NOTE_LENGTH) return `The idea can be up to ${MAX_NOTE_LENGTH} characters; it has ${words.length}`;
    if (firstStep.length > MAX_NOTE_LENGTH) return `The first step can be up to ${MAX_NOTE_LENGTH} characters`;
    if (measure.length > MAX_NOTE_LENGTH) return `The measure can be up to ${MAX_NOTE_LENGTH} characters`;
    if (owner.length > MAX_NAME_LENGTH) return `The owner can be up to ${MAX_NAME_LENGTH} characters`;
    if (reviewDate !== '' && !DATE.test(reviewDate)) return 'Enter the review date as a date, for example 2026-06-30';
    return null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = check();
    if (invalid) {
      setError(invalid);
      return;
    }
    const draft: IdeaDraft = {
      text: text.trim(), blockerIds, scope: scope || null, effort: effort || null, firstStep: firstStep.trim(), owner: owner.trim(), reviewDate, measure: measure.trim(),
    };
    const problem = idea
      ? runAction(saveIdeaAction, { id: idea.id, draft, before: idea.blockerIds }, 'Idea saved')
      : runAction(addIdeaAction, draft, 'Idea added');
    setError(problem);
    if (problem) return;
    if (!idea) {
      setText(''); setBlockerIds([]); setScope(''); setEffort(''); setFirstStep(''); setOwner(''); setReviewDate(''); setMeasure('');
    }
    onDone?.();
  }

  const id = (name: string) => `idea-${key}-${name}`;
  return (
    <form className="idea-form panel" onSubmit={submit} noValidate aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{idea ? 'Edit this idea' : 'Add a small change'}</h3>
      {closed && <p className="hint" id={id('closed')} data-testid="idea-add-closed">{closed}</p>}
      {error && <p className="error-message" role="alert">{error}</p>}
      <div className="field">
        <label htmlFor={id('text')}>The change</label>
        <span className="hint" id={id('text-hint')}>Something the council could try, for example “Block Wednesday afternoons for direct work”.</span>
        <textarea id={id('text')} rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={id('text-hint')} />
      </div>
      <fieldset className="field blocker-links">
        <legend>Blockers it removes</legend>
        <span className="hint">Hours given back: {formatHoursPerWeek(hours.hours)}, from the linked blockers’ minutes a week × a team of {snapshot.meta.teamSize}.{hours.unestimated > 0 ? ` ${hours.unestimated} linked without an estimate.` : ''}</span>
        {blockers.length === 0 && <p className="hint">No blockers on the board yet.</p>}
        <div className="blocker-choices">
          {blockers.map((b) => (
            <label key={b.id} className="check-choice">
              <input type="checkbox" checked={blockerIds.includes(b.id)} onChange={(e) => setBlockerIds((cur) => (e.target.checked ? [...cur, b.id] : cur.filter((x) => x !== b.id)))} />
              {' '}{b.text}{b.minutesPerWeek !== null ? ` (${b.minutesPerWeek} min a week)` : ''}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('scope')}>Who can make this change</label>
          <select id={id('scope')} value={scope} onChange={(e) => setScope(e.target.value as ScopeId | '')}>
            <option value="">Not decided yet</option>
            {SCOPES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('effort')}>Effort</label>
          <select id={id('effort')} value={effort} onChange={(e) => setEffort(e.target.value as EffortId | '')}>
            <option value="">Not judged yet</option>
            {EFFORTS.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('first')}>First step</label>
        <input id={id('first')} value={firstStep} onChange={(e) => setFirstStep(e.target.value)} autoComplete="off" />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('owner')}>Owner</label>
          <input id={id('owner')} value={owner} onChange={(e) => setOwner(e.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={id('review')}>Review date</label>
          <input id={id('review')} type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('measure')}>How we will know it worked</label>
        <input id={id('measure')} value={measure} onChange={(e) => setMeasure(e.target.value)} autoComplete="off" />
      </div>
      <div className="button-row">
        <button type="submit" className="button" aria-describedby={closed ? id('closed') : undefined}>{idea ? 'Save idea' : 'Add idea'}</button>
        {onDone && idea && <button type="button" className="button button-secondary" onClick={onDone}>Cancel</button>}
      </div>
    </form>
  );
}
