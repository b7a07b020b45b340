import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, PHASES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { boolean, choice, number, optionalTimestamp, string, timestamp } from './fields.js';

/**
 * One step of the workshop's agenda, in the order the facilitator runs them.
 * `stage` is the kind of activity (it sets meta.phase when the step starts);
 * the four `allow…` flags are what participants may do during it, so a
 * template or a facilitator can open or close an activity per step.
 */
export const agendaStepRecord = defineRecord('agendaStep', 'agenda step', {
  label: string('step name', { max: MAX_TITLE_LENGTH }),
  stage: choice('kind of step', idsOf(PHASES), 'welcome'),
  prompt: string('prompt', { max: MAX_NOTE_LENGTH }),
  minutes: number('minutes planned', { min: 0, max: 600, int: true, default: 0 }),
  allowAdd: boolean('participants may add', false),
  allowEditOwn: boolean('participants may edit their own', false),
  allowEditAll: boolean('participants may edit everything', false),
  allowVote: boolean('participants may vote', false),
  order: number('order', { min: -1e12, max: 1e12, int: false, default: 0 }),
  createdAt: timestamp('time added'),
  /** Set when the facilitator removes it from the agenda; it stays restorable. */
  deletedAt: optionalTimestamp('time removed'),
});
