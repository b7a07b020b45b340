import { useState } from 'react';
import { findDuplicates, type DuplicateGroup } from '../../../../../shared/board/duplicates';
import type { Blocker } from '../../../../../shared/doc/types';
import type { Verdict } from '../../../../../shared/facilitation/permissions';
import { mayChangeNotes, useMay } from '../../../actions/use-may';
import { announce, useWorkshopStore } from '../../../store/workshop-store';
import { groupIntoTheme, markSame } from './theme-actions';
import { dismissGroup, dismissedPairs } from './dismissed-pairs';

const MAX_SUGGESTIONS = 20;

function describeScore(score: number): string {
  return score >= 0.8 ? 'almost the same words' : score >= 0.65 ? 'very alike' : 'alike';
}

interface SuggestionProps {
  group: DuplicateGroup;
  notes: readonly Blocker[];
  index: number;
  /** May I change these notes now? Grouping or marking them is changing them. */
  verdict: Verdict;
  onSettle: (message: string | null) => void;
  onDismiss: () => void;
}

function Suggestion({ group, notes, index: i, verdict, onSettle, onDismiss }: SuggestionProps) {
  const themes = new Set(notes.map((n) => n.themeId ?? n.id)).size;
  return (
    <li className="duplicate-group" aria-labelledby={`dup-${i}`}>
      <p id={`dup-${i}`} className="duplicate-heading">
        Suggestion {i + 1}: {notes.length} notes, {describeScore(group.score)}{themes === 1 ? ', already in one theme' : ''}
      </p>
      <ul>{notes.map((n) => <li key={n.id}>“{n.text}”</li>)}</ul>
      {!verdict.ok && <p className="hint">{verdict.reason}</p>}
      <div className="button-row">
        {verdict.ok && themes > 1 && (
          <button type="button" className="button button-small" onClick={() => {
            if (groupIntoTheme(group.ids)) onSettle(null);
          }}>Group into a theme<span className="visually-hidden"> (suggestion {i + 1})</span></button>
        )}
        {verdict.ok && (
          <button type="button" className="button button-small button-secondary" onClick={() => {
            if (markSame(group.ids)) onSettle(null);
          }}>Mark as the same<span className="visually-hidden"> (suggestion {i + 1})</span></button>
        )}
        <button type="button" className="link-button" onClick={() => {
          onDismiss();
          onSettle('Suggestion dismissed: these notes will not be suggested together again on this laptop');
        }}>Not the same<span className="visually-hidden"> (suggestion {i + 1})</span></button>
      </div>
    </li>
  );
}

/** Notes that say nearly the same thing, for the room to confirm with one action each. */
export function DuplicateSuggestions() {
  const workshopId = useWorkshopStore((s) => s.workshopId);
  const blockers = useWorkshopStore((s) => s.snapshot?.blockers);
  const [groups, setGroups] = useState<DuplicateGroup[] | null>(null);
  const [looking, setLooking] = useState(false);
  // Grouping or marking notes is changing them: closed with the reason when the phase says so.
  const may = useMay();

  function look() {
    // Say "Looking…" first: on a big board the search takes a moment.
    if (looking) return;
    setLooking(true);
    setTimeout(search, 0);
  }

  function search() {
    setLooking(false);
    const snap = useWorkshopStore.getState().snapshot;
    if (!snap || !workshopId) return;
    // A note already marked the same as another is settled.
    const notes = Object.values(snap.blockers).filter((b) => b.sameAs === null).sort((a, b) => a.createdAt - b.createdAt);
    const found = findDuplicates(notes, { dismissed: dismissedPairs(workshopId), limit: MAX_SUGGESTIONS });
    setGroups(found);
    announce(found.length === 0 ? 'No likely duplicates found' : `${found.length} likely duplicate${found.length === 1 ? '' : 's'} found`);
  }

  function settle(group: DuplicateGroup, message: string | null) {
    setGroups((current) => current?.filter((g) => g !== group) ?? null);
    if (message) announce(message);
  }

  const shown = groups?.map((g) => ({ group: g, notes: g.ids.map((id) => blockers?.[id]).filter((n) => n !== undefined) }))
    .filter((g) => g.notes.length >= 2) ?? null;

  return (
    <section className="duplicates-panel" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading" className="panel-heading">Likely duplicates</h2>
      <p className="hint">Notes that use nearly the same words. Group them into a theme, or mark them as the same so the totals count them once.</p>
      <button type="button" className="button button-small button-secondary" onClick={look}>
        {groups === null ? 'Look for likely duplicates' : 'Look again'}
      </button>
      {looking && <p role="status">Looking…</p>}
      {shown && shown.length === 0 && <p>No likely duplicates right now.</p>}
      {shown && shown.length > 0 && (
        <ol className="duplicate-list">
          {shown.map(({ group, notes }, i) => (
            <Suggestion key={group.ids.join('|')} group={group} notes={notes} index={i} verdict={mayChangeNotes(may, group.ids)}
              onSettle={(message) => settle(group, message)} onDismiss={() => workshopId && dismissGroup(workshopId, group.ids)} />
          ))}
        </ol>
      )}
    </section>
  );
}
