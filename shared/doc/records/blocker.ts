import { CATEGORIES, FREQUENCIES, MAX_MINUTES_PER_WEEK, MAX_NOTE_LENGTH, SCOPES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { choiceOrRef, number, optionalChoice, optionalNumber, ref, string, text, timestamp } from './fields.js';

/** One board coordinate: far larger than any board, small enough to stay exact. */
const COORD = { min: -1e7, max: 1e7, int: false, default: 0 } as const;

export const blockerRecord = defineRecord('blocker', 'blocker', {
  text: text('words'),
  category: choiceOrRef('category', idsOf(CATEGORIES), 'category:', 'other'),
  scope: optionalChoice('scope of control', idsOf(SCOPES)),
  affects: string('who it affects', { max: MAX_NOTE_LENGTH }),
  frequency: optionalChoice('how often', idsOf(FREQUENCIES)),
  minutesPerWeek: optionalNumber('minutes lost per week', { min: 0, max: MAX_MINUTES_PER_WEEK, int: false }),
  evidence: string('evidence', { max: MAX_NOTE_LENGTH }),
  authorId: ref('author', 'participant:'),
  x: number('position across the board', COORD),
  y: number('position down the board', COORD),
  themeId: ref('theme', 'theme:'),
  createdAt: timestamp('time added'),
  /** Set when the room marks this note as saying the same as another: totals count the pair once. */
  sameAs: ref('same as', 'blocker:'),
});
