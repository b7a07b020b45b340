// Why a vote was not counted, in words a facilitator can read out.

export type RejectReason =
  | 'round-not-open'
  | 'cast-after-close'
  | 'late-retraction'
  | 'changed-after-close'
  | 'not-a-participant'
  | 'wrong-form'
  | 'unreadable'
  | 'not-on-ballot'
  | 'no-stacking'
  | 'over-cap'
  | 'over-budget';

export interface RoundRules {
  readonly votesPerPerson: number;
  readonly capPerItem: number | null;
}

export function rejectMessage(reason: RejectReason, rules: RoundRules): string {
  switch (reason) {
    case 'round-not-open':
      return 'Cast on a round that had not been opened.';
    case 'cast-after-close':
      return 'Arrived after the round closed: the facilitator\'s laptop had not received it when the round was closed.';
    case 'late-retraction':
      return 'A dot taken back after the round closed: the facilitator\'s laptop had not received it, so the dot still counts.';
    case 'changed-after-close':
      return 'Changed after the round closed.';
    case 'not-a-participant':
      return 'Cast in the name of someone who is not a participant in this workshop.';
    case 'wrong-form':
      return 'Not written the way this round takes votes (sealed until reveal), so it was not written by this app.';
    case 'unreadable':
      return 'Its sealed choice could not be opened with the round\'s key: it is damaged or forged.';
    case 'not-on-ballot':
      return 'For something that is not on this ballot.';
    case 'no-stacking':
      return 'A second dot from the same person on the same item, in a round that allows one each.';
    case 'over-cap':
      return `More than ${rules.capPerItem ?? rules.votesPerPerson} dots from one person on one item.`;
    case 'over-budget':
      return `More than the ${rules.votesPerPerson} dots each person has.`;
  }
}
