// Helpers for voting tests: a workshop with people, ideas and a round, and a
// "hostile client" that writes vote records straight into the document,
// bypassing every check the ops make (as a modified app could).
import * as Y from 'yjs';
import { addIdea, addParticipant, addRound, openRound } from '../../shared/doc/ops/index.js';
import { newRecordMap } from '../../shared/doc/ops/util.js';
import { newId } from '../../shared/doc/ids.js';
import { voteRecord, votesMap } from '../../shared/doc/schema.js';
import type { NewRound } from '../../shared/doc/ops/rounds.js';
import { newWorkshop } from './workshop-doc.js';

export interface VotingWorkshop {
  doc: Y.Doc;
  facilitator: string;
  voters: string[];
  ideas: string[];
  roundId: string;
  secretKey: string | null;
}

/** A workshop with a facilitator, `people` practitioners, `ideaCount` ideas and one open round. */
export function votingWorkshop(options: { people?: number; ideaCount?: number; rules?: Partial<NewRound>; seal?: boolean } = {}): VotingWorkshop {
  const { doc, me } = newWorkshop();
  const voters = Array.from({ length: options.people ?? 3 }, (_, i) => addParticipant(doc, { displayName: `Person ${i + 1}`, role: 'practitioner' }));
  const ideas = Array.from({ length: options.ideaCount ?? 5 }, (_, i) => addIdea(doc, { text: `Idea ${i + 1}` }));
  const roundId = addRound(doc, { title: 'First round', itemIds: ideas, votesPerPerson: 2, ...options.rules });
  const { secretKey } = openRound(doc, roundId, { seal: options.seal ?? true });
  return { doc, facilitator: me, voters: [me, ...voters], ideas, roundId, secretKey };
}

export interface RawVote {
  id?: string;
  roundId: string;
  voterId: string;
  itemId?: string;
  sealed?: string;
  castAt?: number;
}

/** Writes a vote record directly, with no checks at all. Returns its id. */
export function writeRawVote(doc: Y.Doc, vote: RawVote): string {
  const id = vote.id ?? newId(voteRecord.prefix);
  doc.transact(() => {
    votesMap(doc).set(id, newRecordMap(voteRecord, id, {
      roundId: vote.roundId, voterId: vote.voterId, itemId: vote.itemId ?? '', sealed: vote.sealed ?? '', castAt: vote.castAt ?? Date.now(),
    }));
  });
  return id;
}

/** Changes one field of an existing vote directly. */
export function rewriteVoteField(doc: Y.Doc, voteId: string, field: string, value: unknown): void {
  const map = votesMap(doc).get(voteId);
  if (!(map instanceof Y.Map)) throw new Error(`no vote ${voteId}`);
  doc.transact(() => map.set(field, value));
}
