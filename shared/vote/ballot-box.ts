// Reads one round's ballot box out of the workshop document: the round, who may
// vote, and every vote record naming the round, each with the Yjs stamps of its
// record and fields. Sealed choices are opened here when a key is at hand
// (published in the round at reveal, or the facilitator's own before it).
import * as Y from 'yjs';
import { readRound, readVote } from '../doc/read.js';
import { participantsMap, roundsMap, votesMap } from '../doc/schema.js';
import type { VotingRound } from '../doc/types.js';
import { openChoice } from './seal.js';
import { stampOf, type Stamp } from './seen.js';

/** One vote as the tally sees it. */
export interface BoxVote {
  readonly id: string;
  readonly voterId: string;
  /** Claimed by the voter's laptop; used only to order one voter's own dots. */
  readonly castAt: number;
  /** The plain item id ('' when sealed). */
  readonly itemId: string;
  /** The sealed choice ('' when plain). */
  readonly sealed: string;
  /** The sealed choice once opened; null while no key opens it (or it is plain). */
  readonly opened: string | null;
  /** True when a key was at hand and the seal would not open. */
  readonly unreadable: boolean;
  /** Set when this record takes back one of the voter's dots rather than casting one. */
  readonly retracts: string | null;
  /** Stamp of the vote record itself (its entry in the votes root). */
  readonly recordStamp: Stamp | null;
  /** Stamps of each of its fields' current values. */
  readonly fieldStamps: readonly Stamp[];
}

export interface BallotBox {
  readonly round: VotingRound;
  /** Stamps of the round's rules (ballot, items, budget, cap, stacking, key). */
  readonly ruleStamps: readonly Stamp[];
  /** Ids of the workshop's participants now. */
  readonly participantIds: readonly string[];
  readonly votes: readonly BoxVote[];
}

export interface BoxOptions {
  /** The round's secret key held on this laptop (the facilitator's, before reveal). */
  readonly secretKey?: string | null;
}

export const RULE_FIELDS = ['ballot', 'itemIds', 'votesPerPerson', 'capPerItem', 'stacking', 'sealKey'] as const;
const VOTE_FIELDS = ['roundId', 'itemId', 'voterId', 'castAt', 'sealed', 'retracts'] as const;

/**
 * Opening a seal costs two curve multiplications (milliseconds each); the
 * tally reruns on every change, so each opened seal is remembered. The result
 * depends only on the key, the seal and what it is bound to, all in the key.
 */
const opened = new Map<string, string | null>();
const MAX_REMEMBERED = 20_000;

function openRemembered(key: string, sealed: string, context: { roundId: string; voteId: string; voterId: string }): string | null {
  const cacheKey = `${key}\n${context.roundId}\n${context.voteId}\n${context.voterId}\n${sealed}`;
  const known = opened.get(cacheKey);
  if (known !== undefined) return known;
  const value = openChoice(key, sealed, context);
  if (opened.size >= MAX_REMEMBERED) opened.clear();
  opened.set(cacheKey, value);
  return value;
}

function stampsOf(map: Y.Map<unknown>, keys: readonly string[]): Stamp[] {
  const out: Stamp[] = [];
  for (const key of keys) {
    const stamp = stampOf(map, key);
    if (stamp) out.push(stamp);
  }
  return out;
}

/** The ballot box of one round, or null when there is no such round. */
export function readBallotBox(doc: Y.Doc, roundId: string, options: BoxOptions = {}): BallotBox | null {
  const rounds = roundsMap(doc);
  const roundMap = rounds.get(roundId);
  if (!(roundMap instanceof Y.Map)) return null;
  const round = readRound(roundMap);
  const key = round.openKey || options.secretKey || '';
  const votes: BoxVote[] = [];
  const root = votesMap(doc);
  for (const [id, map] of root.entries()) {
    if (!(map instanceof Y.Map) || map.get('roundId') !== roundId) continue;
    const vote = readVote(map);
    const choice = key && vote.sealed ? openRemembered(key, vote.sealed, { roundId, voteId: id, voterId: vote.voterId }) : null;
    const record = stampOf(root, id);
    votes.push({
      id,
      voterId: vote.voterId,
      castAt: vote.castAt,
      itemId: vote.itemId,
      sealed: vote.sealed,
      opened: choice,
      unreadable: Boolean(key && vote.sealed) && choice === null,
      retracts: vote.retracts,
      recordStamp: record,
      fieldStamps: stampsOf(map, VOTE_FIELDS),
    });
  }
  return {
    round,
    ruleStamps: stampsOf(roundMap, RULE_FIELDS),
    participantIds: [...participantsMap(doc).keys()],
    votes,
  };
}
