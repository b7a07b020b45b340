import { useState } from 'react';
import type { Blocker, Idea, VotingRound, WorkshopSnapshot } from '../../../../shared/doc/types';
import { formatHoursPerWeek, hoursForIdea } from '../../../../shared/ideas/hours';
import { rankDots, rankLabel, shortlist, type Tally } from '../../../../shared/vote';
import { itemLabel } from './labels';
import { ResultsChart } from './ResultsChart';
import { RoundSetup } from './RoundSetup';
import { proposeAction } from './voting-actions';
import { runAction } from './run-action';

interface Props {
  round: VotingRound;
  snapshot: WorkshopSnapshot;
  tally: Tally;
  facilitating: boolean;
}

function hoursOf(idea: Idea | undefined, blockers: Readonly<Record<string, Blocker>>, teamSize: number): string {
  return idea ? formatHoursPerWeek(hoursForIdea(idea, blockers, teamSize).hours) : '—';
}

/** A revealed round: ranked, ties shown as ties, as a chart and as a table, with what did not count. */
export function Results({ round, snapshot, tally, facilitating }: Props) {
  const [next, setNext] = useState<string[] | null>(null);
  const [size, setSize] = useState(3);
  const [error, setError] = useState<string | null>(null);
  const ranked = rankDots(tally.dots);
  const label = (itemId: string) => itemLabel(snapshot, itemId);
  const isIdeas = round.ballot === 'ideas';
  const top = shortlist(ranked, size);
  const headingId = `results-${round.id}`;

  return (
    <section className="results" aria-labelledby={headingId}>
      <h3 id={headingId}>Results: {round.title}</h3>
      <p>{Object.keys(tally.dotsByVoter).length} {Object.keys(tally.dotsByVoter).length === 1 ? 'person' : 'people'} voted; {tally.counted.length} {tally.counted.length === 1 ? 'dot counts' : 'dots count'}.
        {ranked.some((r) => r.tied && r.dots > 0) ? ' Items marked “=” are tied.' : ''}</p>
      <ResultsChart id={`chart-${round.id}`} title={`Dots per item in ${round.title}`} ranked={ranked} label={label} />
      <table className="results-table">
        <caption>Dots per item in {round.title}, most first</caption>
        <thead>
          <tr><th scope="col">Rank</th><th scope="col">{isIdeas ? 'Idea' : 'Theme'}</th><th scope="col">Dots</th>{isIdeas && <th scope="col">Time given back</th>}</tr>
        </thead>
        <tbody>
          {ranked.map((r) => (
            <tr key={r.itemId} data-result-item={r.itemId}>
              <td>{rankLabel(r)}{r.tied ? <span className="visually-hidden"> (tied)</span> : null}</td>
              <th scope="row">{label(r.itemId)}</th>
              <td>{r.dots}</td>
              {isIdeas && <td>{hoursOf(snapshot.ideas[r.itemId], snapshot.blockers, snapshot.meta.teamSize)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {tally.warnings.length > 0 && (
        <div className="warning-panel" role="note">
          <h4>Check this result</h4>
          <ul>{tally.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      )}
      {facilitating && (
        <details className="rejected-votes">
          <summary>{tally.rejected.length === 0 ? 'Every dot cast counted' : `${tally.rejected.length} ${tally.rejected.length === 1 ? 'dot did' : 'dots did'} not count: see why`}</summary>
          {tally.rejected.length > 0 && (
            <table>
              <caption className="visually-hidden">Dots that did not count, with the reason</caption>
              <thead><tr><th scope="col">Cast by</th><th scope="col">For</th><th scope="col">Why it did not count</th></tr></thead>
              <tbody>
                {tally.rejected.map((r) => (
                  <tr key={`${r.voteId}-${r.reason}`}>
                    <td>{snapshot.participants[r.voterId]?.displayName ?? 'Someone not in this workshop'}</td>
                    <td>{r.itemId ? label(r.itemId) : '(unknown)'}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
      {facilitating && top.length > 0 && (
        <div className="next-steps">
          {error && <p className="error-message" role="alert">{error}</p>}
          <div className="field">
            <label htmlFor={`top-${round.id}`}>How many to take forward</label>
            <span className="hint" id={`top-${round.id}-hint`}>Items tied with the last place come too: {top.length} {top.length === 1 ? 'item' : 'items'} now.</span>
            <input id={`top-${round.id}`} type="number" min={1} max={Math.max(1, ranked.length)} value={size} aria-describedby={`top-${round.id}-hint`}
              onChange={(e) => setSize(Math.max(1, Number(e.target.value) || 1))} className="input-short" />
          </div>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => setNext(top.map((r) => r.itemId))}>Set up a final round with these</button>
            {isIdeas && (
              <button type="button" className="button button-secondary" onClick={() => setError(runAction(proposeAction, { ideaIds: top.map((r) => r.itemId).filter((id) => snapshot.ideas[id]) }, 'Proposed for consent'))}>
                Propose these for consent
              </button>
            )}
          </div>
          {next && <RoundSetup snapshot={snapshot} preset={{ title: `Final round (from ${round.title})`, itemIds: next, ballot: round.ballot }} onDone={() => setNext(null)} />}
        </div>
      )}
    </section>
  );
}
