import { useEffect, useSyncExternalStore } from 'react';
import { isDesktopApp } from '../../ipc/client';
import { useWorkshopStore } from '../../store/workshop-store';
import { roomFor, subscribeRooms } from '../../sync/room/room-credentials';
import { startRoomSession } from '../../sync/room/room-session';
import { currentSession } from '../../workshop/session';
import { StartRoomWorkshop } from './StartRoomWorkshop';
import './room.css';

/**
 * Keeps the open workshop joined to its room, in every view, for as long as
 * the workshop is open and this window knows the room. Shows nothing unless
 * the room's workshop is still to be started.
 */
export function RoomLink({ workshopId }: { workshopId: string }) {
  const credentials = useSyncExternalStore(subscribeRooms, () => roomFor(workshopId));
  const open = useWorkshopStore((state) => state.workshopId === workshopId && state.snapshot !== null);
  // The link restarts only when the room itself changes, not when this tab's
  // profile does (starting the workshop makes its starter the facilitator).
  const link = credentials ? `${credentials.roomName} ${credentials.hostUrl} ${credentials.secret}` : null;
  useEffect(() => {
    const room = roomFor(workshopId);
    if (!open || !link || !room) return;
    const session = currentSession();
    if (!session || session.id !== workshopId) return;
    // In a browser the room is the only link; the desktop app also saves to its own host.
    // One presence for the whole app: hands up and carets cross the room with who is here.
    const running = startRoomSession({ doc: session.doc, awareness: session.awareness, credentials: room, ownsSyncStatus: !isDesktopApp() });
    return () => running.stop();
  }, [open, link, workshopId]);
  return credentials ? <StartRoomWorkshop /> : null;
}
