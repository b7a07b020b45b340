import { BALLOTS, MAX_TITLE_LENGTH, ROUND_STATUSES, idsOf } from '../seeded-lists.js';
import { defineRecord } from './define.js';
import { boolean, choice, number, optionalNumber, optionalTimestamp, refList, string, timestamp } from './fields.js';

/**
 * A dot-voting round. `stacking` lets one person put several dots on one item;
 * `capPerItem` then limits how many (null = no limit beyond the budget).
 */
export const roundRecord = defineRecord('round', 'voting round', {
  title: string('title', { max: MAX_TITLE_LENGTH }),
  ballot: choice('ballot', idsOf(BALLOTS), 'ideas'),
  itemIds: refList('items on the ballot', ['idea:', 'theme:']),
  votesPerPerson: number('dots per person', { min: 1, max: 100, int: true, default: 3 }),
  capPerItem: optionalNumber('dots per item', { min: 1, max: 100, int: true }),
  stacking: boolean('several dots on one item', true),
  status: choice('status', idsOf(ROUND_STATUSES), 'draft'),
  openedAt: optionalTimestamp('time opened'),
  closedAt: optionalTimestamp('time closed'),
  createdAt: timestamp('time added'),
});
