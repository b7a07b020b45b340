import { DEFAULT_DESIGN_TEAM_SIZE, MAX_DESIGN_TEAM_SIZE } from '../blueprint-lists.js';
import { defineRecord } from './define.js';
import { number, optionalNumber, text, timestamp } from './fields.js';

/**
 * The Family Facing Teams' design, one per workshop (id TEAM_DESIGN_ID): size,
 * how many teams, their patches and their budget.
 */
export const teamDesignRecord = defineRecord('teamDesign', 'team design', {
  size: number('team size', { min: 2, max: MAX_DESIGN_TEAM_SIZE, int: true, default: DEFAULT_DESIGN_TEAM_SIZE }),
  teamCount: optionalNumber('number of teams', { min: 1, max: 1000, int: true }),
  patches: text('patches'),
  /** Pounds a year for each team to spend on day-to-day case matters. */
  budgetPerTeam: optionalNumber('budget per team', { min: 0, max: 100_000_000, int: false }),
  budgetCovers: text('what the budget covers'),
  createdAt: timestamp('time added'),
});
