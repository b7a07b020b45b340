import { useEffect, useRef } from 'react';
import { isFollowView } from '../../../../shared/facilitation/stages';
import type { WorkshopMeta } from '../../../../shared/doc/types';
import { navigate, workshopHref, type WorkshopView } from '../../app/route';
import { announce, useWorkshopStore } from '../../store/workshop-store';
import { describeSpotlight, showSpotlight, useSpotlight } from './spotlight';

/**
 * Follow me lives in the document (meta.followView/followTarget/followAt), not
 * in presence: it is the facilitator's instruction to the room, so a laptop
 * that joins late or reconnects must still receive it, and it must outlast the
 * facilitator's own laptop dropping off the network.
 *
 * Each new summons (a newer followAt) brings this laptop to the view and
 * shows the spotlighted note, theme or idea there (spotlight.ts). Moving
 * elsewhere afterwards is stepping out; the facilitator is never moved (they
 * are leading). The highlight goes when the facilitator lets everyone move freely.
 */
export function useFollow(workshopId: string, view: WorkshopView, meta: WorkshopMeta | undefined, leading: boolean): { following: boolean; comeBack: () => void } {
  const handled = useRef<number | null>(null);
  const target = meta?.followView ?? '';
  const spotlight = meta?.followTarget ?? '';
  const followAt = meta?.followAt ?? 0;

  const bring = () => {
    if (!isFollowView(target)) return;
    if (view !== target) navigate(workshopHref(workshopId, target));
    if (spotlight) showSpotlight(spotlight);
  };

  useEffect(() => {
    if (leading || !target || handled.current === followAt) return;
    handled.current = followAt;
    bring();
    announce(describeSpotlight(spotlight, useWorkshopStore.getState().snapshot));
    // Only a new summons moves people, so this runs on followAt, not on every render.
  }, [leading, target, followAt]);

  useEffect(() => {
    if (!spotlight) useSpotlight.setState({ target: '', at: 0 });
  }, [spotlight]);

  return { following: Boolean(target) && view === target, comeBack: bring };
}
