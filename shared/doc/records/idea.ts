import { EFFORTS, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, SCOPES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { date, optionalChoice, refSet, string, text, timestamp } from './fields.js';

/** A small change idea, linked to the blockers it removes (plan-do-study-act). */
export const ideaRecord = defineRecord('idea', 'idea', {
  text: text('words'),
  blockerIds: refSet('linked blockers', 'blocker:'),
  scope: optionalChoice('scope of control', idsOf(SCOPES)),
  effort: optionalChoice('effort', idsOf(EFFORTS)),
  firstStep: string('first step', { max: MAX_NOTE_LENGTH }),
  owner: string('owner', { max: MAX_NAME_LENGTH }),
  reviewDate: date('review date', { allowEmpty: true, default: '' }),
  measure: string('measure', { max: MAX_NOTE_LENGTH }),
  createdAt: timestamp('time added'),
});
