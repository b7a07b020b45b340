import { CHANGE_DECISIONS } from '../blueprint-lists.js';
import { MAX_NOTE_LENGTH, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { number, optionalChoice, optionalNumber, requiredRef, string, timestamp } from './fields.js';

export const REVIEW_HAPPENED = ['yes', 'partly', 'no'] as const;

/**
 * A later session's review of one small change carried forward from an
 * earlier session of the programme: did it happen, what did it save, and
 * what the room decides (adopt, adapt, abandon).
 */
export const changeReviewRecord = defineRecord('changeReview', 'change review', {
  changeId: requiredRef('change reviewed', ['trackedChange:']),
  sessionNumber: number('session number', { min: 1, max: 100, int: true, default: 1 }),
  happened: optionalChoice('did it happen', REVIEW_HAPPENED),
  minutesSaved: optionalNumber('minutes saved a week', { min: 0, max: 10080, int: false }),
  decision: optionalChoice('decision', idsOf(CHANGE_DECISIONS)),
  note: string('what we learnt', { max: MAX_NOTE_LENGTH }),
  createdAt: timestamp('time reviewed'),
});
