import { useEffect, useState, type ReactNode } from 'react';
import { useHostBase } from '../../app/use-host-base';
import type { WorkshopView } from '../../app/route';
import { useWorkshopStore } from '../../store/workshop-store';
import { toWebSocketUrl } from '../../sync/host-url';
import { openSession } from '../../workshop/session';
import { BoardHeader } from '../board/BoardHeader';
import { BoardScreen } from '../board/BoardScreen';
import { WorkshopFileBar } from '../files/WorkshopFileBar';
import { useUndoShortcuts } from '../board/use-undo-shortcuts';
import { pendingCreation } from './pending-creation';
import { WorkshopNav } from './WorkshopNav';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { viewScreens } from './view-screens';
import { syncsThroughRoomOnly } from '../../sync/room/room-credentials';
import { isDesktopApp } from '../../ipc/client';
import { awaitsRoomStart } from '../room/StartRoomWorkshop';

/** One open workshop: opens its session, shows its header and navigation, and the chosen view. */
export function WorkshopScreen({ workshopId, view }: { workshopId: string; view: WorkshopView }) {
  const hostBase = useHostBase();
  const [error, setError] = useState<string | null>(null);
  // Only the workshop's details: the views subscribe to what they show, so a
  // change to one note does not re-render the header, the navigation and every view.
  const meta = useWorkshopStore((state) => state.snapshot?.meta);
  useUndoShortcuts();

  useEffect(() => {
    if (hostBase === undefined) return;
    let closed = false;
    const opening = openSession(workshopId, {
      syncBase: hostBase && !syncsThroughRoomOnly(workshopId, isDesktopApp()) ? toWebSocketUrl(hostBase) : null,
      create: pendingCreation(workshopId),
    }).catch((e: unknown) => {
      if (!closed) setError(e instanceof Error ? e.message : String(e));
      return null;
    });
    return () => {
      closed = true;
      void opening.then((session) => session?.close());
    };
  }, [hostBase, workshopId]);

  const awaitingStart = useWorkshopStore(awaitsRoomStart);
  const title = meta?.title;
  useEffect(() => {
    document.title = title ? `${title} – Small Changes Studio` : 'Small Changes Studio';
  }, [title]);

  if (error) {
    return (
      <div role="alert" className="error-summary">
        <h1>This workshop could not be opened</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!meta || !meta.title) {
    // The start form (features/room) is on screen instead: nothing is loading.
    return awaitingStart ? null : <p className="loading">Loading the workshop…</p>;
  }
  const Screen: (props: { workshopId: string }) => ReactNode = viewScreens[view] ?? BoardScreen;
  return (
    <div className="workshop-screen">
      <BoardHeader meta={meta} />
      <WorkshopFileBar workshopId={workshopId} />
      <WorkshopNav workshopId={workshopId} current={view} />
      <FacilitationLayer workshopId={workshopId} view={view} />
      <Screen workshopId={workshopId} />
    </div>
  );
}
