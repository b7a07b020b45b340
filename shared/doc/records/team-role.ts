import { MAX_NAME_LENGTH } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { number, string, text, timestamp } from './fields.js';

/** A role shared inside a self-managed team (budget holder, planner, mentor…), held in turn. */
export const teamRoleRecord = defineRecord('teamRole', 'shared role', {
  name: text('name'),
  purpose: text('what the role does'),
  /** Who holds it now, or how it rotates; '' when not said. */
  holder: string('who holds it', { max: MAX_NAME_LENGTH }),
  order: number('order', { min: -1e12, max: 1e12, int: false, default: 0 }),
  seedKey: string('seeded role', { max: 40 }),
  createdAt: timestamp('time added'),
});
