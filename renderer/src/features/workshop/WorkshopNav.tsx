import { WORKSHOP_VIEWS, workshopHref, type WorkshopView } from '../../app/route';

const LABELS: Record<WorkshopView, string> = {
  board: 'Blockers',
  ideas: 'Small changes',
  vote: 'Vote',
  blueprint: 'Blueprint',
  export: 'Export',
  print: 'Print view',
};

/** The print view is reached from Export, not listed in the navigation. */
const NAV_VIEWS = WORKSHOP_VIEWS.filter((view) => view !== 'print');

/** Moves between the views of one workshop; the current one is marked for screen readers too. */
export function WorkshopNav({ workshopId, current }: { workshopId: string; current: WorkshopView }) {
  return (
    <nav className="workshop-nav" aria-label="Workshop">
      <ul>
        {NAV_VIEWS.map((view) => (
          <li key={view}>
            <a href={workshopHref(workshopId, view)} aria-current={view === current ? 'page' : undefined}>
              {LABELS[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
