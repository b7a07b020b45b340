import { announce } from '../../store/workshop-store';
import { showView, useBoardView, type BoardView } from './board-view';

const VIEWS: { id: BoardView; label: string; spoken: string }[] = [
  { id: 'board', label: 'Board', spoken: 'Board view: notes where people put them' },
  { id: 'list', label: 'List', spoken: 'List view: notes grouped under headings' },
];

/** Two views of one board; both edit the same document. */
export function ViewSwitch() {
  const view = useBoardView((s) => s.view);
  return (
    <div className="view-switch" role="group" aria-label="Show the blockers as">
      {VIEWS.map((v) => (
        <button key={v.id} type="button" className="view-switch-button" aria-pressed={view === v.id}
          onClick={() => {
            showView(v.id);
            announce(v.spoken);
          }}>
          {v.label}
        </button>
      ))}
    </div>
  );
}
