import * as Y from 'yjs';
import { newId } from '../ids.js';
import {
  MAX_TITLE_LENGTH, roundRecord, roundsMap, voteRecord, votesMap, type BallotId, type RoundStatusId,
} from '../schema.js';
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

/** Allowed moves: draft→open→closed→revealed; a closed round may reopen, a revealed one be hidden again. */
const NEXT: Readonly<Record<RoundStatusId, readonly RoundStatusId[]>> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'revealed'],
  revealed: ['closed'],
};

export function setRoundStatus(doc: Y.Doc, id: string, status: RoundStatusId): void {
  const map = getRecord(doc, 'round', id);
  checkField(f.status, status);
  const current = (map.get('status') ?? f.status.default) as RoundStatusId;
  if (current === status) return;
  if (!(NEXT[current] ?? []).includes(status)) {
    throw new OpError(`A ${current} round cannot be made ${status}.`);
  }
  const items = map.get('itemIds');
  if (status === 'open' && (!Array.isArray(items) || items.length === 0)) {
    throw new OpError('Add something to vote on before opening the round.');
  }
  transactLocal(doc, () => {
    map.set('status', status);
    if (status === 'open') {
      map.set('openedAt', Date.now());
      map.set('closedAt', null);
    }
    if (status === 'closed' && current === 'open') map.set('closedAt', Date.now());
  });
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

/** Casts one dot, within the round's budget, cap and stacking rule. */
export function castVote(doc: Y.Doc, input: NewVote): string {
  const round = getRecord(doc, 'round', input.roundId);
  getRecord(doc, 'participant', input.voterId);
  if (round.get('status') !== 'open') throw new OpError('This round is not open for voting.');
  const items = round.get('itemIds');
  if (!Array.isArray(items) || !items.includes(input.itemId)) throw new OpError('That item is not on this ballot.');
  let mine = 0;
  let mineHere = 0;
  for (const vote of votesMap(doc).values()) {
    if (!(vote instanceof Y.Map) || vote.get('roundId') !== input.roundId || vote.get('voterId') !== input.voterId) continue;
    mine += 1;
    if (vote.get('itemId') === input.itemId) mineHere += 1;
  }
  const budget = round.get('votesPerPerson');
  if (typeof budget === 'number' && mine >= budget) throw new OpError(`You have used all ${budget} of your dots in this round.`);
  if (round.get('stacking') === false && mineHere > 0) throw new OpError('In this round each item can get only one of your dots.');
  const cap = round.get('capPerItem');
  if (typeof cap === 'number' && mineHere >= cap) throw new OpError(`You can put at most ${cap} dots on one item in this round.`);
  const id = newId(voteRecord.prefix);
  return transactLocal(doc, () => {
    votesMap(doc).set(id, newRecordMap(voteRecord, id, { ...input, castAt: Date.now() }));
    return id;
  });
}

/** Takes a dot back, while the round is open. */
export function retractVote(doc: Y.Doc, voteId: string): void {
  const vote = getRecord(doc, 'vote', voteId);
  const round = roundsMap(doc).get(vote.get('roundId') as string);
  if (round instanceof Y.Map && round.get('status') !== 'open') throw new OpError('Votes can only be taken back while the round is open.');
  transactLocal(doc, () => {
    votesMap(doc).delete(voteId);
  });
}
