import * as Y from 'yjs';
import { newId } from '../ids.js';
import {
  MAX_TITLE_LENGTH, participantsMap, roundRecord, roundsMap, voteRecord, votesMap, type BallotId, type RoundStatusId,
} from '../schema.js';
import { keysMatch, makeRoundKeys, sealChoice } from '../../vote/seal.js';
import { encodeSeen } from '../../vote/seen.js';
import { standingDots } from '../../vote/dots.js';
import { readVote } from '../read.js';
import type { Vote } from '../types.js';
import { OpError } from './op-error.js';
import { checkField, checkPatch, checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

export interface NewRound {
  readonly title: string;
  readonly ballot?: BallotId;
  readonly itemIds?: readonly string[];
  /** Defaults to about one dot per four or five items (at least one). */
  readonly votesPerPerson?: number;
  readonly capPerItem?: number | null;
  readonly stacking?: boolean;
}

export interface RoundPatch {
  readonly title?: string;
  readonly ballot?: BallotId;
  readonly itemIds?: readonly string[];
  readonly votesPerPerson?: number;
  readonly capPerItem?: number | null;
  readonly stacking?: boolean;
}

export interface NewVote {
  readonly roundId: string;
  readonly itemId: string;
  readonly voterId: string;
}

const f = roundRecord.fields;
const RULES = ['ballot', 'itemIds', 'votesPerPerson', 'capPerItem', 'stacking'] as const;

/** The rule of thumb: about one dot per four or five options. */
export function suggestedVotesPerPerson(itemCount: number): number {
  return itemCount > 0 ? Math.max(1, Math.round(itemCount / 4.5)) : f.votesPerPerson.default;
}

/** Every item must exist and be of the ballot's kind. */
function checkItems(doc: Y.Doc, ballot: BallotId, itemIds: readonly string[]): void {
  const kind = ballot === 'themes' ? 'theme' : 'idea';
  for (const itemId of itemIds) {
    if (typeof itemId !== 'string' || !itemId.startsWith(`${kind}:`)) {
      throw new OpError(`A ballot of ${ballot} can only hold ${ballot}.`);
    }
    getRecord(doc, kind, itemId);
  }
  if (new Set(itemIds).size !== itemIds.length) throw new OpError('An item appears twice on the ballot.');
}

export function addRound(doc: Y.Doc, input: NewRound): string {
  const title = checkWords('round title', input.title, MAX_TITLE_LENGTH);
  const { title: _t, ...rules } = input;
  const values = Object.fromEntries(checkPatch(f, rules, RULES, 'voting round'));
  const ballot = (values.ballot ?? f.ballot.default) as BallotId;
  const itemIds = (values.itemIds ?? []) as string[];
  checkItems(doc, ballot, itemIds);
  values.votesPerPerson ??= suggestedVotesPerPerson(itemIds.length);
  const id = newId(roundRecord.prefix);
  return transactLocal(doc, () => {
    roundsMap(doc).set(id, newRecordMap(roundRecord, id, { ...values, title, createdAt: Date.now() }));
    return id;
  });
}

/** The title may change at any time; the rules only while the round is a draft. */
export function updateRound(doc: Y.Doc, id: string, patch: RoundPatch): void {
  const map = getRecord(doc, 'round', id);
  const entries = checkPatch(f, patch, ['title', ...RULES], 'voting round');
  if (patch.title !== undefined) checkWords('round title', patch.title, MAX_TITLE_LENGTH);
  const changesRules = entries.some(([name]) => name !== 'title');
  if (changesRules && map.get('status') !== 'draft') {
    throw new OpError('The voting rules can only be changed before the round opens.');
  }
  const values = Object.fromEntries(entries);
  if ('ballot' in values || 'itemIds' in values) {
    const ballot = (values.ballot ?? map.get('ballot')) as BallotId;
    const current = map.get('itemIds');
    checkItems(doc, ballot, (values.itemIds ?? (Array.isArray(current) ? current : [])) as string[]);
  }
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
  });
}

/**
 * Allowed moves: draft→open→closed→revealed, and a closed round may reopen. A
 * revealed round stays revealed: its votes have been seen, there is no unseeing.
 */
const NEXT: Readonly<Record<RoundStatusId, readonly RoundStatusId[]>> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'revealed'],
  revealed: [],
};

function checkMove(map: Y.Map<unknown>, status: RoundStatusId): RoundStatusId | null {
  checkField(f.status, status);
  const current = (map.get('status') ?? f.status.default) as RoundStatusId;
  if (current === status) return null;
  if (!(NEXT[current] ?? []).includes(status)) {
    throw new OpError(current === 'revealed'
      ? 'A revealed round stays revealed: everyone has seen its votes. Start a new round to vote again.'
      : `A ${current} round cannot be made ${status}.`);
  }
  return current;
}

export interface OpenedRound {
  /**
   * The round's secret key when this call sealed it: keep it on this laptop and
   * pass it to revealRound. null when the round is not sealed, or was sealed
   * when first opened (reopening keeps the first key).
   */
  readonly secretKey: string | null;
}

/**
 * Opens a round for voting (or reopens a closed one). With `seal` (the default
 * for a first opening) every vote is sealed to a fresh key until reveal.
 */
export function openRound(doc: Y.Doc, id: string, options: { seal?: boolean } = {}): OpenedRound {
  const map = getRecord(doc, 'round', id);
  const current = checkMove(map, 'open');
  if (current === null) return { secretKey: null };
  const items = map.get('itemIds');
  if (!Array.isArray(items) || items.length === 0) throw new OpError('Add something to vote on before opening the round.');
  const keys = current === 'draft' && (options.seal ?? true) ? makeRoundKeys() : null;
  transactLocal(doc, () => {
    map.set('status', 'open');
    map.set('openedAt', Date.now());
    map.set('closedAt', null);
    if (keys) map.set('sealKey', keys.publicKey);
    // A reopened round closes afresh: what was seen at the last close no longer decides.
    map.set('closedSeen', '');
    map.set('closedRoll', []);
    map.set('closedVoteCount', 0);
  });
  return { secretKey: keys?.secretKey ?? null };
}

/**
 * Closes a round. It records what this laptop has received (its Yjs state
 * vector), who the participants are and how many votes it holds: the tally of
 * a closed round counts exactly the votes this laptop had, whatever arrives
 * later and whatever any clock says.
 */
export function closeRound(doc: Y.Doc, id: string): void {
  const map = getRecord(doc, 'round', id);
  if (checkMove(map, 'closed') === null) return;
  // Taken before this transaction: the close's own writes are not votes.
  const seen = encodeSeen(doc);
  const roll = [...participantsMap(doc).keys()].sort();
  const held = roundVotes(doc, id).length;
  transactLocal(doc, () => {
    map.set('status', 'closed');
    map.set('closedAt', Date.now());
    map.set('closedSeen', seen);
    map.set('closedRoll', roll);
    map.set('closedVoteCount', held);
  });
}

/** Reveals a closed round; a sealed round needs its secret key, which is then published. */
export function revealRound(doc: Y.Doc, id: string, secretKey: string | null = null): void {
  const map = getRecord(doc, 'round', id);
  if (checkMove(map, 'revealed') === null) return;
  const sealKey = map.get('sealKey');
  const sealed = typeof sealKey === 'string' && sealKey !== '';
  if (sealed) {
    if (!secretKey) throw new OpError('This round\'s votes are sealed: only the laptop that opened the round holds the key to reveal them.');
    if (!keysMatch(sealKey, secretKey)) throw new OpError('That key does not open this round\'s votes.');
  }
  transactLocal(doc, () => {
    map.set('status', 'revealed');
    if (sealed) map.set('openKey', secretKey);
  });
}

/**
 * Moves a round on by status name. Opening this way does not seal the votes
 * (there would be nowhere to keep the key): the voting screen uses openRound.
 */
export function setRoundStatus(doc: Y.Doc, id: string, status: RoundStatusId, secretKey: string | null = null): void {
  const map = getRecord(doc, 'round', id);
  checkField(f.status, status);
  if (status === 'open') openRound(doc, id, { seal: false });
  else if (status === 'closed') closeRound(doc, id);
  else if (status === 'revealed') revealRound(doc, id, secretKey);
  else if (map.get('status') !== 'draft') throw new OpError(`A ${String(map.get('status'))} round cannot be made draft.`);
}

/** Deletes a round and every vote cast in it. */
export function deleteRound(doc: Y.Doc, id: string): void {
  getRecord(doc, 'round', id);
  transactLocal(doc, () => {
    roundsMap(doc).delete(id);
    const votes = votesMap(doc);
    for (const [voteId, vote] of [...votes.entries()]) {
      if (vote instanceof Y.Map && vote.get('roundId') === id) votes.delete(voteId);
    }
  });
}

/**
 * Casts one dot, within the round's budget, cap and stacking rule. In a sealed
 * round the choice is sealed to the round's key; this laptop's own earlier
 * choices, which it cannot read back from the document, come from `known`
 * (vote id → item id) for the cap check. The tally enforces every rule anyway.
 */
export function castVote(doc: Y.Doc, input: NewVote, known: (voteId: string) => string | null = () => null): string {
  const round = getRecord(doc, 'round', input.roundId);
  getRecord(doc, 'participant', input.voterId);
  if (round.get('status') !== 'open') throw new OpError('This round is not open for voting.');
  const items = round.get('itemIds');
  if (!Array.isArray(items) || !items.includes(input.itemId)) throw new OpError('That item is not on this ballot.');
  const mineDots = standingDots(roundVotes(doc, input.roundId), input.roundId, input.voterId);
  const mine = mineDots.length;
  const mineHere = mineDots.filter((vote) => (vote.itemId || known(vote.id)) === input.itemId).length;
  const budget = round.get('votesPerPerson');
  if (typeof budget === 'number' && mine >= budget) throw new OpError(`You have used all ${budget} of your dots in this round.`);
  if (round.get('stacking') === false && mineHere > 0) throw new OpError('In this round each item can get only one of your dots.');
  const cap = round.get('capPerItem');
  if (typeof cap === 'number' && mineHere >= cap) throw new OpError(`You can put at most ${cap} dots on one item in this round.`);
  const id = newId(voteRecord.prefix);
  const sealKey = round.get('sealKey');
  const choice = typeof sealKey === 'string' && sealKey !== ''
    ? { itemId: '', sealed: sealChoice(sealKey, { roundId: input.roundId, voteId: id, voterId: input.voterId }, input.itemId) }
    : { itemId: input.itemId, sealed: '' };
  return transactLocal(doc, () => {
    votesMap(doc).set(id, newRecordMap(voteRecord, id, { roundId: input.roundId, voterId: input.voterId, ...choice, castAt: Date.now() }));
    return id;
  });
}

/** The plain records of a round's votes and retractions. */
function roundVotes(doc: Y.Doc, roundId: string): Vote[] {
  const out: Vote[] = [];
  for (const vote of votesMap(doc).values()) if (vote instanceof Y.Map && vote.get('roundId') === roundId) out.push(readVote(vote));
  return out;
}

/**
 * Takes a dot back while the round is open, by adding a retraction record:
 * nothing is deleted, so a round closing at the same moment still counts
 * exactly what its closing laptop saw.
 */
export function retractVote(doc: Y.Doc, voteId: string): string {
  const vote = readVote(getRecord(doc, 'vote', voteId));
  if (vote.retracts !== null) throw new OpError('That is the taking back of a dot, not a dot.');
  const round = roundsMap(doc).get(vote.roundId);
  if (!(round instanceof Y.Map) || round.get('status') !== 'open') throw new OpError('Votes can only be taken back while the round is open.');
  if (!standingDots(roundVotes(doc, vote.roundId), vote.roundId, vote.voterId).some((dot) => dot.id === voteId)) {
    throw new OpError('That dot has already been taken back.');
  }
  const id = newId(voteRecord.prefix);
  return transactLocal(doc, () => {
    votesMap(doc).set(id, newRecordMap(voteRecord, id, { roundId: vote.roundId, voterId: vote.voterId, retracts: voteId, castAt: Date.now() }));
    return id;
  });
}
