import { CHANGE_DECISIONS, MINUTES_IN_WEEK, SAVING_SOURCES } from '../blueprint-lists.js';
import { MAX_NAME_LENGTH, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { choice, date, number, optionalChoice, optionalNumber, optionalTimestamp, ref, string, text, timestamp } from './fields.js';

/**
 * A chosen small change in the blueprint's tracker (plan-do-study-act). The
 * words people write are Y.Text so two people editing one field both keep theirs.
 */
export const trackedChangeRecord = defineRecord('trackedChange', 'tracked change', {
  title: text('change'),
  /** The idea it was seeded from; seeding never adds the same idea twice. */
  ideaId: ref('idea it came from', 'idea:'),
  owner: string('owner', { max: MAX_NAME_LENGTH }),
  firstStep: text('first step'),
  startDate: date('start date', { allowEmpty: true, default: '' }),
  reviewDate: date('review date', { allowEmpty: true, default: '' }),
  measure: text('measure'),
  baseline: text('baseline'),
  result: text('result'),
  decision: optionalChoice('decision', idsOf(CHANGE_DECISIONS)),
  learning: text('learning'),
  /** Minutes a week each case holder gets back; feeds the impact model. */
  minutesSaved: optionalNumber('minutes saved a week', { min: 0, max: MINUTES_IN_WEEK, int: false }),
  savesFrom: choice('time saved from', idsOf(SAVING_SOURCES), 'recording'),
  order: number('order', { min: -1e12, max: 1e12, int: false, default: 0 }),
  createdAt: timestamp('time added'),
  /** Set when someone removes it: it stays restorable, and seeding does not bring it back. */
  deletedAt: optionalTimestamp('time removed'),
});
