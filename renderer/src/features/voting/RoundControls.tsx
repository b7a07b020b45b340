import { useState } from 'react';
import type { VotingRound, WorkshopSnapshot } from '../../../../shared/doc/types';
import type { Tally } from '../../../../shared/vote';
import { closeRoundAction, deleteRoundAction, openRoundAction, revealRoundAction } from './voting-actions';
import { roundKey } from './local-keys';
import { runAction } from './run-action';

/** The facilitator's buttons for one round, and how many people have voted. */
export function RoundControls({ round, snapshot, tally }: { round: VotingRound; snapshot: WorkshopSnapshot; tally: Tally | null }) {
  const [error, setError] = useState<string | null>(null);
  const people = Object.keys(snapshot.participants).length;
  const voted = tally ? Object.keys(tally.dotsByVoter).length : 0;
  const dots = tally ? tally.counted.length : 0;
  const canReveal = round.sealKey === '' || roundKey(round.id) !== null;
  const act = (problem: string | null) => setError(problem);

  return (
    <div className="round-controls">
      {error && <p className="error-message" role="alert">{error}</p>}
      {round.status !== 'draft' && (
        <p className="turnout">{voted} of {people} {people === 1 ? 'person has' : 'people have'} voted ({dots} {dots === 1 ? 'dot' : 'dots'}).</p>
      )}
      <div className="button-row">
        {round.status === 'draft' && (
          <>
            <button type="button" className="button" onClick={() => act(runAction(openRoundAction, { roundId: round.id }, `Voting is open in “${round.title}”`))}>Open voting</button>
            <button type="button" className="button button-secondary" onClick={() => act(runAction(deleteRoundAction, { roundId: round.id }, 'Round deleted'))}>Delete round</button>
          </>
        )}
        {round.status === 'open' && (
          <button type="button" className="button" onClick={() => act(runAction(closeRoundAction, { roundId: round.id }, `Voting closed in “${round.title}”`))}>Close voting</button>
        )}
        {round.status === 'closed' && (
          <>
            <button type="button" className="button" disabled={!canReveal} onClick={() => act(runAction(revealRoundAction, { roundId: round.id }, `Results of “${round.title}” revealed`))}>Reveal results</button>
            <button type="button" className="button button-secondary" onClick={() => act(runAction(openRoundAction, { roundId: round.id }, 'Voting reopened'))}>Reopen voting</button>
          </>
        )}
      </div>
      {round.status === 'closed' && !canReveal && (
        <p className="hint">The votes are sealed with a key kept on the laptop that opened this round. Reveal the results from that laptop.</p>
      )}
    </div>
  );
}
