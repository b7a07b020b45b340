import { CONSENT_STATES, EFFORTS, IMPACTS, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, SCOPES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { choice, date, optionalChoice, refSet, string, text, timestamp } from './fields.js';

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
  /** Placed on the impact/effort grid by the room; null = judged from the hours it gives back. */
  impact: optionalChoice('impact', idsOf(IMPACTS)),
  /** The consent round for the final choice: proposed, then agreed (or withdrawn). */
  consent: choice('consent', idsOf(CONSENT_STATES), 'none'),
});
