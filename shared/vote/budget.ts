// The default number of dots, with the reason shown beside it.
import { suggestedVotesPerPerson } from '../doc/ops/rounds.js';

export { suggestedVotesPerPerson };

/** Why the suggested number of dots is what it is, in a sentence. */
export function budgetReason(itemCount: number): string {
  if (itemCount === 0) return 'Add items to the ballot to get a suggestion: the rule of thumb is about one dot for every four or five options.';
  const dots = suggestedVotesPerPerson(itemCount);
  return `${itemCount} ${itemCount === 1 ? 'option' : 'options'} on the ballot: about one dot for every four or five options suggests ${dots} ${dots === 1 ? 'dot' : 'dots'} each, enough to show priorities without spreading thin.`;
}
