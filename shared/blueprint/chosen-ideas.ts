// Which ideas the workshop chose: the ONE place the blueprint's tracker asks.
// The rule: the ideas that got dots in the last revealed vote on ideas, most
// dots first (counted by the vote's own tally, budgets and caps enforced);
// else the ideas the room agreed by consent; else every idea inside local
// scope (a small change the authority can make itself).
import { isLocalScope } from '../doc/seeded-lists.js';
import type { Idea, WorkshopSnapshot } from '../doc/types.js';

export interface ChosenIdea {
  readonly idea: Idea;
  /** Dots it got, or null when the choice did not come from a vote. */
  readonly votes: number | null;
}

export type ChoiceSource = 'vote' | 'consent' | 'local-scope';

export interface ChosenIdeas {
  readonly source: ChoiceSource;
  readonly ideas: readonly ChosenIdea[];
}

/** Counted dots per item of one revealed round, as the vote's tally gives them. */
export interface RevealedVote {
  readonly roundId: string;
  readonly dots: readonly { readonly itemId: string; readonly dots: number }[];
}

export const CHOICE_SOURCE_LABELS: Readonly<Record<ChoiceSource, string>> = {
  vote: 'the ideas that got votes in the last revealed vote, most votes first',
  consent: 'the ideas the room agreed by consent',
  'local-scope': 'every idea inside the authority\'s own scope (no vote has been revealed yet)',
};

function byAge(a: Idea, b: Idea): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * `vote` is lastRevealedIdeaVote(doc) (revealed-vote.ts): pass it whenever the
 * document is at hand; without it the choice falls back to consent or scope.
 */
export function chosenIdeas(snapshot: Pick<WorkshopSnapshot, 'ideas'>, vote: RevealedVote | null = null): ChosenIdeas {
  const voted = (vote?.dots ?? [])
    .filter((d) => d.dots > 0 && snapshot.ideas[d.itemId])
    .map((d) => ({ idea: snapshot.ideas[d.itemId] as Idea, votes: d.dots }))
    .sort((a, b) => b.votes - a.votes || byAge(a.idea, b.idea));
  if (voted.length > 0) return { source: 'vote', ideas: voted };
  const all = Object.values(snapshot.ideas).sort(byAge);
  const agreed = all.filter((idea) => idea.consent === 'agreed');
  if (agreed.length > 0) return { source: 'consent', ideas: agreed.map((idea) => ({ idea, votes: null })) };
  return { source: 'local-scope', ideas: all.filter((idea) => isLocalScope(idea.scope)).map((idea) => ({ idea, votes: null })) };
}
