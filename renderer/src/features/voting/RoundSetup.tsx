import { useMemo, useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH, type BallotId } from '../../../../shared/doc/schema';
import type { WorkshopSnapshot } from '../../../../shared/doc/types';
import { groupIdeas } from '../../../../shared/ideas/scope';
import { budgetReason, suggestedVotesPerPerson } from '../../../../shared/vote';
import { createRoundAction } from './voting-actions';
import { runAction } from './run-action';

interface Props {
  snapshot: WorkshopSnapshot;
  /** Items to start from (a shortlist from an earlier round), or every small change. */
  preset?: { title: string; itemIds: readonly string[]; ballot: BallotId } | null;
  onDone?: () => void;
}

function defaultItems(snapshot: WorkshopSnapshot, ballot: BallotId): string[] {
  if (ballot === 'themes') return Object.keys(snapshot.themes).sort();
  const groups = groupIdeas(snapshot.ideas);
  return [...groups['small-change'], ...groups['scope-not-set']].map((idea) => idea.id);
}

/** The facilitator sets up a round: what is on the ballot and the rules. */
export function RoundSetup({ snapshot, preset = null, onDone }: Props) {
  const [title, setTitle] = useState(preset?.title ?? `Round ${Object.keys(snapshot.rounds).length + 1}`);
  const [ballot, setBallot] = useState<BallotId>(preset?.ballot ?? 'ideas');
  const [itemIds, setItemIds] = useState<string[]>(() => [...(preset?.itemIds ?? defaultItems(snapshot, 'ideas'))]);
  const [dots, setDots] = useState<string>('');
  const [cap, setCap] = useState<string>('');
  const [stacking, setStacking] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const options = useMemo(() => (ballot === 'themes'
    ? Object.values(snapshot.themes).sort((a, b) => a.createdAt - b.createdAt).map((t) => ({ id: t.id, label: t.name }))
    : Object.values(snapshot.ideas).sort((a, b) => a.createdAt - b.createdAt).map((i) => ({ id: i.id, label: i.text }))), [ballot, snapshot]);
  const suggested = suggestedVotesPerPerson(itemIds.length);

  function chooseBallot(next: BallotId) {
    setBallot(next);
    setItemIds(defaultItems(snapshot, next));
  }

  function toggle(id: string, on: boolean) {
    setItemIds((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const votesPerPerson = dots.trim() === '' ? suggested : Number(dots);
    const capPerItem = cap.trim() === '' ? null : Number(cap);
    if (!title.trim()) return setError('Give the round a title');
    if (title.trim().length > MAX_TITLE_LENGTH) return setError(`The title must be ${MAX_TITLE_LENGTH} characters or fewer`);
    if (itemIds.length === 0) return setError('Choose at least one item for the ballot');
    if (!Number.isInteger(votesPerPerson) || votesPerPerson < 1 || votesPerPerson > 100) return setError('Dots per person must be a whole number from 1 to 100');
    if (capPerItem !== null && (!Number.isInteger(capPerItem) || capPerItem < 1 || capPerItem > 100)) return setError('The most dots on one item must be a whole number from 1 to 100, or empty for no limit');
    const problem = runAction(createRoundAction, { title: title.trim(), ballot, itemIds, votesPerPerson, capPerItem, stacking }, `Round “${title.trim()}” set up. Open voting when the room is ready.`);
    setError(problem);
    if (!problem) onDone?.();
  }

  return (
    <form className="round-setup panel" onSubmit={submit} noValidate aria-labelledby="round-setup-heading">
      <h3 id="round-setup-heading">Set up a voting round</h3>
      {error && <p className="error-message" role="alert">{error}</p>}
      <div className="field">
        <label htmlFor="round-title">Title</label>
        <input id="round-title" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      </div>
      <fieldset className="field">
        <legend>What is on the ballot</legend>
        <label className="inline-choice"><input type="radio" name="ballot" checked={ballot === 'ideas'} onChange={() => chooseBallot('ideas')} /> Small change ideas</label>
        <label className="inline-choice"><input type="radio" name="ballot" checked={ballot === 'themes'} onChange={() => chooseBallot('themes')} /> Themes</label>
      </fieldset>
      <fieldset className="field item-choices">
        <legend>Items ({itemIds.length} chosen)</legend>
        {options.length === 0 && <p className="hint">There are no {ballot === 'themes' ? 'themes' : 'ideas'} yet.</p>}
        {options.map((option) => (
          <label key={option.id} className="check-choice">
            <input type="checkbox" checked={itemIds.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} /> {option.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="round-dots">Dots per person</label>
        <span className="hint" id="round-dots-hint">Leave empty for the suggestion, {suggested}. {budgetReason(itemIds.length)}</span>
        <input id="round-dots" inputMode="numeric" value={dots} placeholder={String(suggested)} onChange={(e) => setDots(e.target.value)} aria-describedby="round-dots-hint" className="input-short" />
      </div>
      <div className="field">
        <label className="check-choice"><input type="checkbox" checked={stacking} onChange={(e) => setStacking(e.target.checked)} /> Allow several dots from one person on one item</label>
      </div>
      {stacking && (
        <div className="field">
          <label htmlFor="round-cap">Most dots from one person on one item</label>
          <span className="hint" id="round-cap-hint">Leave empty for no limit beyond the dots each person has.</span>
          <input id="round-cap" inputMode="numeric" value={cap} onChange={(e) => setCap(e.target.value)} aria-describedby="round-cap-hint" className="input-short" />
        </div>
      )}
      <button type="submit" className="button">Set up round</button>
    </form>
  );
}
