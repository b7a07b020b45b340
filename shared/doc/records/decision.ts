import { DECISION_LEVELS } from '../blueprint-lists.js';
import { idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { number, optionalChoice, string, text, timestamp } from './fields.js';

const level = (team: string) => optionalChoice(`what the ${team} does`, idsOf(DECISION_LEVELS));

/**
 * One row of the decision-rights matrix: a decision, and per team whether it
 * decides, is consulted or is told (null: not involved). Each cell is its own
 * field, so two people changing two cells at once both keep their change.
 */
export const decisionRecord = defineRecord('decision', 'decision', {
  label: text('decision'),
  note: text('note on the decision'),
  familyFacing: level('Family Facing Teams'),
  referral: level('Referral Team'),
  enabler: level('Enabler Team'),
  insight: level('Insight Team'),
  strategy: level('Strategy Team'),
  order: number('order', { min: -1e12, max: 1e12, int: false, default: 0 }),
  /** Which seeded decision this row started as ('' for one the room added). */
  seedKey: string('seeded decision', { max: 40 }),
  createdAt: timestamp('time added'),
});
