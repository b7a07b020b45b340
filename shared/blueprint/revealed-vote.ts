// The last revealed vote on ideas, counted by the vote's own tally (sealed
// dots opened with the key the facilitator published at reveal).
import type * as Y from 'yjs';
import { readWorkshop } from '../doc/read.js';
import { tallyRound } from '../vote/index.js';
import type { RevealedVote } from './chosen-ideas.js';

export function lastRevealedIdeaVote(doc: Y.Doc): RevealedVote | null {
  const rounds = Object.values(readWorkshop(doc).rounds)
    .filter((r) => r.ballot === 'ideas' && r.status === 'revealed')
    .sort((a, b) => (b.closedAt ?? b.createdAt) - (a.closedAt ?? a.createdAt) || (a.id < b.id ? 1 : -1));
  for (const round of rounds) {
    const result = tallyRound(doc, round.id);
    if (result?.readable) return { roundId: round.id, dots: result.dots };
  }
  return null;
}
