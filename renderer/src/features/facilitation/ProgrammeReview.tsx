import { useState } from 'react';
import { CHANGE_DECISIONS, type ChangeDecisionId } from '../../../../shared/doc/blueprint-lists';
import type { TrackedChange } from '../../../../shared/doc/blueprint-types';
import { reviewChange, reviewIdFor, type ReviewHappened } from '../../../../shared/facilitation/programme';
import { useWorkshopStore } from '../../store/workshop-store';
import { useFacilitationStore } from './facilitation-store';
import { runOp } from './run-op';

/** A later session of a programme reviews each carried-forward change. */
export function ProgrammeReview({ onMessage }: { onMessage: (m: string | null) => void }) {
  const changes = useFacilitationStore((s) => s.changes);
  const meta = useWorkshopStore((s) => s.snapshot?.meta);
  if (!meta || changes.length === 0) return null;
  return (
    <div className="programme-review">
      <h3>Review the changes{meta.programmeTitle ? ` of ${meta.programmeTitle}` : ''} (session {meta.sessionNumber})</h3>
      <ul>{changes.map((c) => <ChangeReviewRow key={c.id} change={c} session={meta.sessionNumber} onMessage={onMessage} />)}</ul>
    </div>
  );
}

function ChangeReviewRow({ change, session, onMessage }: { change: TrackedChange; session: number; onMessage: (m: string | null) => void }) {
  const review = useFacilitationStore((s) => s.reviews[reviewIdFor(change.id, session)]);
  const [minutes, setMinutes] = useState(review?.minutesSaved?.toString() ?? '');
  const key = change.id.replace(/[^A-Za-z0-9_-]/g, '');
  const save = (input: Parameters<typeof reviewChange>[3]) => onMessage(runOp((doc, me) => reviewChange(doc, me, change.id, input), 'Review saved'));
  return (
    <li>
      <strong>{change.title}</strong>{change.owner ? ` (${change.owner})` : ''}
      <div className="facilitator-row">
        <label htmlFor={`happened-${key}`}>Did it happen?</label>
        <select id={`happened-${key}`} value={review?.happened ?? ''} onChange={(e) => save({ happened: (e.target.value || null) as ReviewHappened | null })}>
          <option value="">Not said</option><option value="yes">Yes</option><option value="partly">Partly</option><option value="no">No</option>
        </select>
        <label htmlFor={`saved-${key}`}>Minutes it saved a week</label>
        <input id={`saved-${key}`} inputMode="numeric" size={5} value={minutes} onChange={(e) => setMinutes(e.target.value)}
          onBlur={() => save({ minutesSaved: minutes.trim() === '' ? null : Number(minutes) })} />
        <label htmlFor={`decision-${key}`}>Decision</label>
        <select id={`decision-${key}`} value={review?.decision ?? ''} onChange={(e) => save({ decision: (e.target.value || null) as ChangeDecisionId | null })}>
          <option value="">Not decided</option>
          {CHANGE_DECISIONS.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
        </select>
      </div>
    </li>
  );
}
