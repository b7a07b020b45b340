import { EVIDENCE_DIMENSIONS, MINUTES_IN_WEEK } from '../blueprint-lists.js';
import { idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { choice, number, string, text, timestamp } from './fields.js';

/**
 * One line of the blueprint's evidence: the board's blockers totalled by a
 * category or a scope when the room last seeded it, and the room's note on it.
 * Seeding refreshes the figures (nobody types them) and never touches the note.
 */
export const evidenceRecord = defineRecord('evidence', 'evidence line', {
  dimension: choice('totalled by', idsOf(EVIDENCE_DIMENSIONS), 'category'),
  /** The category id, scope id, or UNSCOPED_KEY. */
  key: string('what it totals', { max: 64 }),
  label: string('name', { max: 120 }),
  notes: number('blockers', { min: 0, max: 1_000_000, int: true, default: 0 }),
  minutesPerWorker: number('minutes lost a week per worker', { min: 0, max: 1_000_000 * MINUTES_IN_WEEK, int: false, default: 0 }),
  note: text('note'),
  order: number('order', { min: -1e12, max: 1e12, int: false, default: 0 }),
  seededAt: timestamp('time totalled'),
  createdAt: timestamp('time added'),
});
