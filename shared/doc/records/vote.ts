import { defineRecord } from './define.js';
import { requiredRef, timestamp } from './fields.js';

/** One dot. Votes are separate records so concurrent voting never collides. */
export const voteRecord = defineRecord('vote', 'vote', {
  roundId: requiredRef('round', ['round:']),
  itemId: requiredRef('item voted for', ['idea:', 'theme:']),
  voterId: requiredRef('voter', ['participant:']),
  castAt: timestamp('time cast'),
});
