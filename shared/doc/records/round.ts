import { BALLOTS, MAX_TITLE_LENGTH, ROUND_STATUSES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { boolean, choice, number, optionalNumber, optionalTimestamp, refList, string, timestamp } from './fields.js';

/** Base64 of a 32-byte key: 44 characters. */
const KEY_LENGTH = 44;
/** A Yjs state vector as base64: two varints per laptop that ever wrote to the workshop. */
const MAX_SEEN_LENGTH = 40_000;

/**
 * A dot-voting round. `stacking` lets one person put several dots on one item;
 * `capPerItem` then limits how many (null = no limit beyond the budget).
 * Sealing and closing are explained in docs/voting-integrity.md.
 */
export const roundRecord = defineRecord('round', 'voting round', {
  title: string('title', { max: MAX_TITLE_LENGTH }),
  ballot: choice('ballot', idsOf(BALLOTS), 'ideas'),
  itemIds: refList('items on the ballot', ['idea:', 'theme:']),
  votesPerPerson: number('dots per person', { min: 1, max: 100, int: true, default: 3 }),
  capPerItem: optionalNumber('dots per item', { min: 1, max: 100, int: true }),
  stacking: boolean('several dots on one item', true),
  status: choice('status', idsOf(ROUND_STATUSES), 'draft'),
  openedAt: optionalTimestamp('time opened'),
  closedAt: optionalTimestamp('time closed'),
  createdAt: timestamp('time added'),
  /** The round's public key (X25519, base64): votes are sealed to it. '' = votes are not sealed. */
  sealKey: string('sealing key', { max: KEY_LENGTH }),
  /** The matching secret key, published by the facilitator at reveal. '' until then. */
  openKey: string('opening key', { max: KEY_LENGTH }),
  /** Yjs state vector (base64) of the closing laptop when it closed the round: what it had seen. */
  closedSeen: string('changes seen at close', { max: MAX_SEEN_LENGTH }),
  /** Participants in the workshop when the round closed: the voter roll the result is counted against. */
  closedRoll: refList('voter roll at close', ['participant:']),
  /** How many votes of this round the closing laptop held: a later deletion shows as a shortfall. */
  closedVoteCount: number('votes held at close', { min: 0, max: 1_000_000, int: true, default: 0 }),
});
