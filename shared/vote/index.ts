// Voting: sealed dots, the causal close, and a tally every laptop agrees on.
import type * as Y from 'yjs';
import { readBallotBox, type BoxOptions } from './ballot-box.js';
import { tally, type Tally } from './tally.js';

export * from './ballot-box.js';
export * from './budget.js';
export * from './reasons.js';
export * from './results.js';
export * from './seal.js';
export * from './seen.js';
export * from './tally.js';

/** The tally of one round straight from the document; null when there is no such round. */
export function tallyRound(doc: Y.Doc, roundId: string, options: BoxOptions = {}): Tally | null {
  const box = readBallotBox(doc, roundId, options);
  return box ? tally(box) : null;
}
