import { useRef, type KeyboardEvent } from 'react';
import { EFFORTS, IMPACTS, type EffortId, type ImpactId } from '../../../../shared/doc/schema';
import type { Idea, WorkshopSnapshot } from '../../../../shared/doc/types';
import { GRID_EFFORTS, GRID_IMPACTS, gridPlace, isPlaced, isQuickWin, moveOnGrid, type GridDirection, type GridPlace } from '../../../../shared/ideas/grid';
import { formatHoursPerWeek, hoursForIdea } from '../../../../shared/ideas/hours';
import { sayWhyNot } from '../../store/workshop-store';
import { runAction } from '../voting/run-action';
import { placeIdeaAction } from './idea-actions';

const KEYS: Record<string, GridDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const label = (list: readonly { id: string; label: string }[], id: string | null) => list.find((x) => x.id === id)?.label ?? '';

function describe(impact: ImpactId, effort: EffortId): string {
  return `${label(IMPACTS, impact)}, ${label(EFFORTS, effort).toLowerCase()} effort${isQuickWin(impact, effort) ? ': a quick win' : ''}`;
}

/** Ideas placed by impact (hours back to families) and effort; arrow keys move the focused idea a cell. */
export function ImpactEffortGrid({ ideas, snapshot }: { ideas: readonly Idea[]; snapshot: WorkshopSnapshot }) {
  const grid = useRef<HTMLDivElement>(null);
  const placed = ideas.map((idea) => {
    const hours = hoursForIdea(idea, snapshot.blockers, snapshot.meta.teamSize);
    return { idea, hours, place: gridPlace(idea.impact, idea.effort, hours.hours, hours.estimated) };
  });

  function move(idea: Idea, place: GridPlace, direction: GridDirection) {
    const next = moveOnGrid(place, direction);
    const problem = runAction(placeIdeaAction, { id: idea.id, patch: next }, `“${idea.text}” moved to ${describe(next.impact, next.effort)}`);
    // Closed by the phase (or the idea is gone): the idea stays put and the reason is read out and shown.
    if (problem) return sayWhyNot(problem);
    // The button is re-rendered in its new cell: keep the keyboard on it.
    requestAnimationFrame(() => grid.current?.querySelector<HTMLButtonElement>(`[data-grid-idea="${CSS.escape(idea.id)}"]`)?.focus());
  }

  function onKey(event: KeyboardEvent, idea: Idea, place: GridPlace) {
    const direction = KEYS[event.key];
    if (!direction) return;
    event.preventDefault();
    move(idea, place, direction);
  }

  const card = ({ idea, hours, place }: (typeof placed)[number]) => (
    <li key={idea.id}>
      <button
        type="button" className="grid-idea" data-grid-idea={idea.id} onKeyDown={(e) => onKey(e, idea, place)}
        aria-describedby="grid-keys-hint"
      >
        {idea.text}
        <span className="grid-idea-meta">{formatHoursPerWeek(hours.hours)}{place.impactFromHours && place.impact ? ' · impact from the hours' : ''}</span>
      </button>
    </li>
  );

  return (
    <section className="impact-grid-section" aria-labelledby="grid-heading">
      <h3 id="grid-heading">Impact and effort</h3>
      <p className="hint" id="grid-keys-hint">Focus an idea and use the arrow keys: up for more impact, right for more effort. Impact starts from the hours an idea gives back; moving it records the room’s judgement.</p>
      <div className="impact-grid" ref={grid}>
        <span className="grid-axis grid-axis-y" aria-hidden="true">Impact (hours back to families): highest at the top</span>
        {GRID_IMPACTS.map((impact) => GRID_EFFORTS.map((effort) => {
          const here = placed.filter((p) => isPlaced(p.place) && p.place.impact === impact && p.place.effort === effort);
          const quick = isQuickWin(impact, effort);
          return (
            <section key={`${impact}-${effort}`} className={`grid-cell${quick ? ' grid-quick-win' : ''}`} aria-label={describe(impact, effort)}>
              <h4 className="grid-cell-title">{quick && <span className="quick-win-badge">Quick win</span>} {label(IMPACTS, impact)} · {label(EFFORTS, effort)} effort</h4>
              <ul>{here.map(card)}</ul>
            </section>
          );
        }))}
        <span className="grid-axis grid-axis-x" aria-hidden="true">Effort: smallest on the left</span>
      </div>
      {placed.some((p) => !isPlaced(p.place)) && (
        <section aria-labelledby="unplaced-heading">
          <h4 id="unplaced-heading">Not on the grid yet</h4>
          <p className="hint">These need an effort, or linked blockers with time estimates. Use the arrow keys on one to place it.</p>
          <ul className="unplaced">{placed.filter((p) => !isPlaced(p.place)).map(card)}</ul>
        </section>
      )}
    </section>
  );
}
