// The tally: a pure function of a round's ballot box, so every laptop that holds
// the same document computes the same result, whatever order the changes
// arrived in. Budget, cap and stacking are enforced here, not only by the ops,
// so whatever a modified client writes, no person's counted dots exceed them.
// Reasoning and limits: docs/voting-integrity.md.
import type { RoundStatusId } from '../doc/seeded-lists.js';
import type { BallotBox, BoxVote } from './ballot-box.js';
import { rejectMessage, type RejectReason } from './reasons.js';
import { covers, decodeSeen, type Seen } from './seen.js';

export interface CountedVote {
  readonly voteId: string;
  readonly voterId: string;
  /** null while the choice is still sealed. */
  readonly itemId: string | null;
}

export interface RejectedVote extends CountedVote {
  readonly reason: RejectReason;
  readonly message: string;
}

export interface ItemDots {
  readonly itemId: string;
  readonly dots: number;
}

export interface Tally {
  readonly roundId: string;
  readonly status: RoundStatusId;
  /** False while sealed choices cannot be opened: which item each dot is on is not known yet. */
  readonly readable: boolean;
  readonly counted: readonly CountedVote[];
  readonly rejected: readonly RejectedVote[];
  /** Counted dots per ballot item, in ballot order, zeros included; empty while not readable. */
  readonly dots: readonly ItemDots[];
  /** Counted dots per voter, for "votes left" and turnout. */
  readonly dotsByVoter: Readonly<Record<string, number>>;
  /** Signs that the closed round was tampered with (see docs/voting-integrity.md). */
  readonly warnings: readonly string[];
  /** Dots their voters took back (not counted, not rejected). */
  readonly retracted: number;
}

/**
 * The order in which one voter's dots are taken up to the budget: the time
 * their laptop claimed, then the vote id. A modified client can claim any time,
 * but budgets and caps are per voter, so the order only decides which of that
 * voter's own dots count, never anyone else's.
 */
export function voteOrder(a: BoxVote, b: BoxVote): number {
  if (a.castAt !== b.castAt) return a.castAt < b.castAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The item a vote is for: its plain id, its opened seal, or null while sealed. */
function choiceOf(vote: BoxVote, sealedRound: boolean): { itemId: string | null } | { reason: RejectReason } {
  if (sealedRound) {
    if (vote.itemId !== '' || vote.sealed === '') return { reason: 'wrong-form' };
    if (vote.unreadable) return { reason: 'unreadable' };
    return { itemId: vote.opened };
  }
  if (vote.sealed !== '' || vote.itemId === '') return { reason: 'wrong-form' };
  return { itemId: vote.itemId };
}

export function tally(box: BallotBox): Tally {
  const { round } = box;
  const closed = round.status === 'closed' || round.status === 'revealed';
  const warnings: string[] = [];
  let seen: Seen | null = null;
  if (closed) {
    seen = decodeSeen(round.closedSeen);
    if (!seen) warnings.push('This round has no record of what the facilitator\'s laptop had received when it closed, so votes are counted as they stand.');
    else if (box.ruleStamps.some((stamp) => !covers(seen as Seen, stamp))) {
      warnings.push('The round\'s rules were changed after it closed, which this app never does: the result may not be the one the room voted under.');
    }
  }
  const voters = new Set(closed && seen ? round.closedRoll : box.participantIds);
  const ballot = new Set(round.itemIds);
  const sealedRound = round.sealKey !== '';
  const cap = round.stacking ? round.capPerItem ?? round.votesPerPerson : 1;

  const counted: CountedVote[] = [];
  const rejected: RejectedVote[] = [];
  const dotsByVoter: Record<string, number> = {};
  const perVoterItem = new Map<string, number>();
  const perItem = new Map<string, number>();
  let readable = true;
  let heldAtClose = 0;
  const reject = (vote: BoxVote, reason: RejectReason, itemId: string | null = null) => {
    rejected.push({ voteId: vote.id, voterId: vote.voterId, itemId, reason, message: rejectMessage(reason, round) });
  };
  /** Votes that may count: the round is open or was, and (once closed) the closing laptop held them unchanged. */
  const admissible: BoxVote[] = [];
  for (const vote of [...box.votes].sort(voteOrder)) {
    if (round.status === 'draft') {
      reject(vote, 'round-not-open');
      continue;
    }
    if (seen) {
      if (!vote.recordStamp || !covers(seen, vote.recordStamp)) {
        reject(vote, vote.retracts === null ? 'cast-after-close' : 'late-retraction');
        continue;
      }
      heldAtClose += 1;
      if (!vote.fieldStamps.every((stamp) => covers(seen as Seen, stamp))) {
        reject(vote, 'changed-after-close');
        continue;
      }
    }
    admissible.push(vote);
  }
  // A retraction takes back one of its own voter's dots, whatever order they came in.
  const owner = new Map(admissible.filter((v) => v.retracts === null).map((v) => [v.id, v.voterId]));
  const retracted = new Set<string>();
  for (const vote of admissible) {
    if (vote.retracts === null) continue;
    if (owner.get(vote.retracts) === vote.voterId) retracted.add(vote.retracts);
    else reject(vote, 'wrong-form');
  }

  for (const vote of admissible) {
    if (vote.retracts !== null || retracted.has(vote.id)) continue;
    if (!voters.has(vote.voterId)) {
      reject(vote, 'not-a-participant');
      continue;
    }
    const choice = choiceOf(vote, sealedRound);
    if ('reason' in choice) {
      reject(vote, choice.reason);
      continue;
    }
    const { itemId } = choice;
    if (itemId === null) readable = false;
    else {
      if (!ballot.has(itemId)) {
        reject(vote, 'not-on-ballot', itemId);
        continue;
      }
      const onItem = perVoterItem.get(`${vote.voterId}\n${itemId}`) ?? 0;
      if (onItem >= cap) {
        reject(vote, round.stacking ? 'over-cap' : 'no-stacking', itemId);
        continue;
      }
    }
    const used = dotsByVoter[vote.voterId] ?? 0;
    if (used >= round.votesPerPerson) {
      reject(vote, 'over-budget', itemId);
      continue;
    }
    dotsByVoter[vote.voterId] = used + 1;
    if (itemId !== null) {
      const key = `${vote.voterId}\n${itemId}`;
      perVoterItem.set(key, (perVoterItem.get(key) ?? 0) + 1);
      perItem.set(itemId, (perItem.get(itemId) ?? 0) + 1);
    }
    counted.push({ voteId: vote.id, voterId: vote.voterId, itemId });
  }

  const changed = rejected.filter((r) => r.reason === 'changed-after-close').length;
  if (changed > 0) {
    warnings.push(`${changed} ${changed === 1 ? 'vote was' : 'votes were'} changed after the round closed, which this app never does: ${changed === 1 ? 'it is' : 'they are'} not counted.`);
  }
  if (seen && heldAtClose < round.closedVoteCount) {
    const missing = round.closedVoteCount - heldAtClose;
    warnings.push(`${missing} ${missing === 1 ? 'vote' : 'votes'} held when the round closed ${missing === 1 ? 'has' : 'have'} since been deleted, which this app never does.`);
  }
  return {
    roundId: round.id,
    status: round.status,
    readable,
    counted,
    rejected,
    dots: readable ? round.itemIds.map((itemId) => ({ itemId, dots: perItem.get(itemId) ?? 0 })) : [],
    dotsByVoter,
    warnings,
    retracted: retracted.size,
  };
}
