// A voter's dots still standing in a round: their dot records, less the ones
// their own retraction records take back. Used by the ops (budget checks) and
// the voting screen (dots left); the tally applies the same rule.
import type { Vote } from '../doc/types.js';

type DotLike = Pick<Vote, 'id' | 'roundId' | 'voterId' | 'retracts'>;

/** Ids of the dots taken back in a round, each by its own voter. */
export function retractedIds(votes: Iterable<DotLike>, roundId: string): Set<string> {
  const all = [...votes].filter((v) => v.roundId === roundId);
  const owner = new Map(all.filter((v) => v.retracts === null).map((v) => [v.id, v.voterId]));
  const out = new Set<string>();
  for (const v of all) if (v.retracts !== null && owner.get(v.retracts) === v.voterId) out.add(v.retracts);
  return out;
}

/** The voter's standing dots in a round, oldest id order. */
export function standingDots<T extends DotLike>(votes: Iterable<T>, roundId: string, voterId: string): T[] {
  const list = [...votes];
  const gone = retractedIds(list, roundId);
  return list
    .filter((v) => v.roundId === roundId && v.voterId === voterId && v.retracts === null && !gone.has(v.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
