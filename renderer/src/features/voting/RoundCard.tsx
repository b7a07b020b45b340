import type { Participant, VotingRound, WorkshopSnapshot } from '../../../../shared/doc/types';
import { Ballot } from './Ballot';
import { STATUS_LABELS } from './labels';
import { Results } from './Results';
import { RoundControls } from './RoundControls';
import { useTally } from './use-tally';

interface Props {
  round: VotingRound;
  snapshot: WorkshopSnapshot;
  me: Participant | null;
  facilitating: boolean;
  workshopId: string;
}

function rules(round: VotingRound): string {
  const dots = `${round.votesPerPerson} ${round.votesPerPerson === 1 ? 'dot' : 'dots'} each`;
  const stacking = round.stacking ? (round.capPerItem ? `, up to ${round.capPerItem} on one item` : ', several allowed on one item') : ', one per item';
  return `${round.itemIds.length} ${round.itemIds.length === 1 ? 'item' : 'items'}, ${dots}${stacking}`;
}

/** One round, as this laptop should see it: ballot while open, results once revealed. */
export function RoundCard({ round, snapshot, me, facilitating, workshopId }: Props) {
  const tally = useTally(round.id);
  return (
    <article className={`round-card round-${round.status}`} aria-labelledby={`round-${round.id}`} data-round-id={round.id}>
      <h2 id={`round-${round.id}`}>{round.title}</h2>
      <p className="round-status"><strong>{STATUS_LABELS[round.status]}</strong> · {rules(round)}</p>
      {facilitating && <RoundControls round={round} snapshot={snapshot} tally={tally} />}
      {round.status === 'open' && me && <Ballot round={round} snapshot={snapshot} me={me} workshopId={workshopId} />}
      {round.status === 'closed' && <p>Voting has closed. The results appear here on every laptop when the facilitator reveals them.</p>}
      {round.status === 'revealed' && tally && <Results round={round} snapshot={snapshot} tally={tally} facilitating={facilitating} />}
    </article>
  );
}
