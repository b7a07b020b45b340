import { lazy, Suspense, type ReactNode } from 'react';
import type { WorkshopView } from '../../app/route';
import { BoardScreen } from '../board/BoardScreen';
import { BlueprintScreen } from '../blueprint/BlueprintScreen';

type ViewScreen = (props: { workshopId: string }) => ReactNode;

/**
 * A view whose code loads when someone first opens it, so the board — the
 * first thing everyone sees — does not wait for Word export or the ballot.
 */
function loadOnOpen(load: () => Promise<ViewScreen>, what: string): ViewScreen {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LoadOnOpen(props) {
    return (
      <Suspense fallback={<p className="loading">Loading {what}…</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/** The screen for each view of a workshop. Features register here. */
export const viewScreens: Record<WorkshopView, ViewScreen> = {
  board: BoardScreen,
  ideas: loadOnOpen(async () => (await import('../ideas/IdeasScreen')).IdeasScreen, 'the small changes'),
  vote: loadOnOpen(async () => (await import('../voting/VoteScreen')).VoteScreen, 'the vote'),
  blueprint: BlueprintScreen,
  export: loadOnOpen(async () => (await import('../export/ExportScreen')).ExportScreen, 'the export'),
  print: loadOnOpen(async () => (await import('../export/PrintView')).PrintView, 'the print view'),
};
