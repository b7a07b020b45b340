import { useState, type KeyboardEvent } from 'react';
import type { Participant, VotingRound, WorkshopSnapshot } from '../../../../shared/doc/types';
import { standingDots } from '../../../../shared/vote/dots';
import { addDotAction, takeDotBackAction } from './voting-actions';
import { itemLabel } from './labels';
import { myChoice } from './local-keys';
import { runAction } from './run-action';

interface Props {
  round: VotingRound;
  snapshot: WorkshopSnapshot;
  me: Participant;
  workshopId: string;
}

/** One person's ballot: a dot on or off each item, by mouse or keyboard, with the dots left always in view. */
export function Ballot({ round, snapshot, me, workshopId }: Props) {
  const [error, setError] = useState<string | null>(null);
  const mine = standingDots(Object.values(snapshot.votes), round.id, me.id);
  const itemOf = (vote: (typeof mine)[number]) => vote.itemId || myChoice(workshopId, vote.id);
  const left = Math.max(0, round.votesPerPerson - mine.length);
  const unknown = mine.filter((vote) => itemOf(vote) === null).length;

  function add(itemId: string) {
    setError(runAction(addDotAction, { roundId: round.id, itemId, voterId: me.id }, `Dot added to “${itemLabel(snapshot, itemId)}”. ${left - 1} ${left - 1 === 1 ? 'dot' : 'dots'} left.`));
  }

  function takeBack(itemId: string) {
    const dot = [...mine].reverse().find((vote) => itemOf(vote) === itemId);
    if (!dot) {
      setError(`You have no dots on “${itemLabel(snapshot, itemId)}” to take back.`);
      return;
    }
    setError(runAction(takeDotBackAction, { voteId: dot.id }, `Dot taken back from “${itemLabel(snapshot, itemId)}”. ${left + 1} ${left + 1 === 1 ? 'dot' : 'dots'} left.`));
  }

  function onKey(event: KeyboardEvent, itemId: string) {
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      add(itemId);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      takeBack(itemId);
    }
  }

  return (
    <section className="ballot" aria-labelledby={`ballot-${round.id}`}>
      <h3 id={`ballot-${round.id}`}>Your ballot: {round.title}</h3>
      <p className="dots-left" aria-live="polite">
        <strong>You have {left} of {round.votesPerPerson} {round.votesPerPerson === 1 ? 'dot' : 'dots'} left.</strong>
      </p>
      <p className="hint">
        {round.stacking ? (round.capPerItem ? `You can put up to ${round.capPerItem} dots on one item.` : 'You can put several dots on one item.') : 'One dot per item.'}
        {' '}On an item, press + to add a dot and − to take one back.
        {round.sealKey ? ' Your dots are sealed: nobody can read them until the facilitator reveals the results.' : ''}
      </p>
      {unknown > 0 && <p className="hint">{unknown} of your dots {unknown === 1 ? 'was' : 'were'} cast from another laptop; they count, but this laptop cannot show where.</p>}
      {error && <p className="error-message" role="alert">{error}</p>}
      <ul className="ballot-items">
        {round.itemIds.map((itemId) => {
          const label = itemLabel(snapshot, itemId);
          const onItem = mine.filter((vote) => itemOf(vote) === itemId).length;
          return (
            <li key={itemId} className={onItem > 0 ? 'has-dots' : undefined}>
              <span className="ballot-label" id={`label-${round.id}-${itemId}`}>{label}</span>
              <span className="ballot-count">
                <span aria-hidden="true">{'●'.repeat(onItem)}</span>
                <span className="visually-hidden">{onItem} of your dots</span>
              </span>
              <span className="ballot-buttons">
                <button type="button" className="button button-small" aria-label={`Add a dot to ${label}`} aria-disabled={left === 0} onClick={() => add(itemId)} onKeyDown={(e) => onKey(e, itemId)}>Add a dot</button>
                <button type="button" className="button button-small button-secondary" aria-label={`Take a dot back from ${label}`} aria-disabled={onItem === 0} onClick={() => takeBack(itemId)} onKeyDown={(e) => onKey(e, itemId)}>Take back</button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
