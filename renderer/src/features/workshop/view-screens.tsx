import type { ReactNode } from 'react';
import type { WorkshopView } from '../../app/route';
import { BoardScreen } from '../board/BoardScreen';
import { IdeasScreen } from '../ideas/IdeasScreen';
import { VoteScreen } from '../voting/VoteScreen';
import { BlueprintScreen } from '../blueprint/BlueprintScreen';
import { ExportScreen } from '../export/ExportScreen';
import { PrintView } from '../export/PrintView';

/**
 * The screen for each view of a workshop. Features register here; a view whose
 * feature is not built yet says so plainly instead of showing an empty page.
 */
export const viewScreens: Record<WorkshopView, (props: { workshopId: string }) => ReactNode> = {
  board: BoardScreen,
  ideas: IdeasScreen,
  vote: VoteScreen,
  blueprint: BlueprintScreen,
  export: ExportScreen,
  print: PrintView,
};
