import { defineRecord } from './define.js';
import { number, string, text, timestamp } from './fields.js';

/** A team that supports the Family Facing Teams (and does not manage them), with its purpose in the room's words. */
export const supportTeamRecord = defineRecord('supportTeam', 'support team', {
  name: text('name'),
  purpose: text('purpose'),
  order: number('order', { min: -1e12, max: 1e12, int: false, default: 0 }),
  /** Which seeded team this started as ('' for one the room added). */
  seedKey: string('seeded team', { max: 40 }),
  createdAt: timestamp('time added'),
});
