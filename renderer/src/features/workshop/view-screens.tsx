import type { ReactNode } from 'react';
import type { WorkshopView } from '../../app/route';
import { BoardScreen } from '../board/BoardScreen';
import { NotYetScreen } from './NotYetScreen';

/**
 * The screen for each view of a workshop. Features register here; a view whose
 * feature is not built yet says so plainly instead of showing an empty page.
 */
export const viewScreens: Record<WorkshopView, (props: { workshopId: string }) => ReactNode> = {
  board: BoardScreen,
  ideas: () => <NotYetScreen title="Small changes" />,
  vote: () => <NotYetScreen title="Vote" />,
  blueprint: () => <NotYetScreen title="Blueprint" />,
};
