import { useState } from 'react';
import { useWorkshopStore } from '../../store/workshop-store';
import { canFacilitate } from '../../workshop/identity';
import { useMe } from '../../workshop/use-me';
import { ConsentPanel } from './ConsentPanel';
import { JoinPrompt } from './JoinPrompt';
import { roundsInOrder } from './labels';
import { RoundCard } from './RoundCard';
import { RoundSetup } from './RoundSetup';
import './voting.css';

/** The vote: rounds the facilitator runs, each person's ballot, revealed results, and consent for the final choice. */
export function VoteScreen({ workshopId }: { workshopId: string }) {
  const snapshot = useWorkshopStore((s) => s.snapshot);
  const me = useMe();
  const [settingUp, setSettingUp] = useState(false);
  if (!snapshot) return null;
  const facilitating = canFacilitate(me);
  const rounds = roundsInOrder(snapshot);

  return (
    <div className="vote-screen">
      <h2 className="visually-hidden">Vote</h2>
      <p className="lead">Vote at the same time, so nobody follows the boss: dots stay sealed until the facilitator reveals them.</p>
      {me ? <p className="hint">You are voting as <strong>{me.displayName}</strong>{facilitating ? ', the facilitator' : ''}.</p> : <JoinPrompt />}
      {facilitating && (settingUp
        ? <RoundSetup snapshot={snapshot} onDone={() => setSettingUp(false)} />
        : <button type="button" className="button" onClick={() => setSettingUp(true)}>Set up a voting round</button>)}
      {rounds.length === 0 && <p>No voting rounds yet.{facilitating ? '' : ' The facilitator will open one.'}</p>}
      {rounds.map((round) => (
        <RoundCard key={round.id} round={round} snapshot={snapshot} me={me} facilitating={facilitating} workshopId={workshopId} />
      ))}
      <ConsentPanel snapshot={snapshot} me={me} facilitating={facilitating} />
    </div>
  );
}
