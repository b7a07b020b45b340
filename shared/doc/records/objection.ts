import { MAX_NOTE_LENGTH, OBJECTION_STATUSES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { choice, optionalTimestamp, ref, requiredRef, string, timestamp } from './fields.js';

/**
 * A principled objection raised in a consent round against one proposed idea.
 * It blocks consent until the facilitator records it as resolved (the idea was
 * changed so the objection no longer holds) or noted (it goes ahead, on record).
 */
export const objectionRecord = defineRecord('objection', 'objection', {
  ideaId: requiredRef('idea objected to', ['idea:']),
  raisedBy: ref('raised by', 'participant:'),
  reason: string('reason', { max: MAX_NOTE_LENGTH }),
  status: choice('status', idsOf(OBJECTION_STATUSES), 'open'),
  /** How it was resolved, or why it was noted. */
  response: string('response', { max: MAX_NOTE_LENGTH }),
  createdAt: timestamp('time raised'),
  settledAt: optionalTimestamp('time resolved or noted'),
});
