import { create } from 'zustand';

export type BoardView = 'board' | 'list';

/**
 * Which view of the blocker map this window shows, and the note this person
 * added last (its details show when nothing is selected). Session state:
 * never saved, never shared.
 */
export const useBoardView = create<{ view: BoardView; lastAdded: string | null }>(() => ({ view: 'board', lastAdded: null }));

export function rememberAdded(id: string): void {
  useBoardView.setState({ lastAdded: id });
}

export function showView(view: BoardView): void {
  useBoardView.setState({ view });
}
