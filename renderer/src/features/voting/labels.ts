import type { VotingRound, WorkshopSnapshot } from '../../../../shared/doc/types';

/** What an item on a ballot is called: the idea's words or the theme's name. */
export function itemLabel(snapshot: WorkshopSnapshot, itemId: string): string {
  const idea = snapshot.ideas[itemId];
  if (idea) return idea.text;
  const theme = snapshot.themes[itemId];
  if (theme) return theme.name;
  return itemId.startsWith('theme:') ? '(a theme that was deleted)' : '(an idea that was deleted)';
}

export const STATUS_LABELS: Record<VotingRound['status'], string> = {
  draft: 'Being set up',
  open: 'Voting open',
  closed: 'Voting closed, not yet revealed',
  revealed: 'Results revealed',
};

/** Rounds oldest first, so every laptop lists them in the same order. */
export function roundsInOrder(snapshot: WorkshopSnapshot): VotingRound[] {
  return Object.values(snapshot.rounds).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
