import { useEffect } from 'react';
import type { WorkshopView } from '../../app/route';
import { useHostBase } from '../../app/use-host-base';
import { useWorkshopStore } from '../../store/workshop-store';
import { canFacilitate } from '../../workshop/identity';
import { currentSession } from '../../workshop/session';
import { useMe } from '../../workshop/use-me';
import { keepClockInStep } from './clock-sync';
import { FacilitatorPanel } from './FacilitatorPanel';
import { mirrorFacilitation } from './facilitation-store';
import { JoinRoom } from './JoinRoom';
import { PhaseBanner } from './PhaseBanner';
import { useFollow } from './use-follow';
import './facilitation.css';

/**
 * The session layer above every view of a workshop: mirrors the agenda,
 * keeps this laptop's clock in step with the host, follows the facilitator,
 * and shows the phase banner (and the facilitator's controls to facilitators).
 */
export function FacilitationLayer({ workshopId, view }: { workshopId: string; view: WorkshopView }) {
  const meta = useWorkshopStore((s) => s.snapshot?.meta);
  const me = useMe();
  const hostBase = useHostBase();
  const session = currentSession();
  const doc = session?.id === workshopId ? session.doc : null;
  const leading = canFacilitate(me);

  useEffect(() => (doc ? mirrorFacilitation(doc) : undefined), [doc]);
  useEffect(() => (hostBase ? keepClockInStep(hostBase) : undefined), [hostBase]);
  // Presence says which participant this laptop is, so hands are counted per person.
  useEffect(() => {
    const awareness = session?.awareness;
    if (!awareness || !me) return;
    const state = awareness.getLocalState() ?? {};
    if (state.participantId !== me.id) awareness.setLocalState({ ...state, participantId: me.id });
  }, [session, me]);

  const follow = useFollow(workshopId, view, meta, leading);
  if (!meta) return null;
  return (
    <div className="facilitation-layer">
      {/* The vote view has its own join prompt. */}
      {!me && view !== 'vote' && <JoinRoom />}
      <PhaseBanner meta={meta} me={me} following={follow.following} comeBack={follow.comeBack} />
      {leading && <FacilitatorPanel meta={meta} view={view} />}
    </div>
  );
}
