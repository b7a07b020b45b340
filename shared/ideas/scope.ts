// Small changes and asks of others: an idea the local authority can make itself
// (my team, our service, the whole local authority) is a small change; one that
// needs a partner agency or national law is kept apart as an ask of others.
import { isLocalScope } from '../doc/seeded-lists.js';
import type { Idea } from '../doc/types.js';

export type IdeaGroup = 'small-change' | 'ask-of-others' | 'scope-not-set';

export function ideaGroup(idea: Idea): IdeaGroup {
  if (idea.scope === null) return 'scope-not-set';
  return isLocalScope(idea.scope) ? 'small-change' : 'ask-of-others';
}

/** Ideas split by group, each group oldest first (then by id, so every laptop agrees). */
export function groupIdeas(ideas: Readonly<Record<string, Idea>>): Record<IdeaGroup, Idea[]> {
  const out: Record<IdeaGroup, Idea[]> = { 'small-change': [], 'ask-of-others': [], 'scope-not-set': [] };
  const sorted = Object.values(ideas).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const idea of sorted) out[ideaGroup(idea)].push(idea);
  return out;
}
