import { useState } from 'react';
import { isDesktopApp } from '../../ipc/client';
import { announce, useWorkshopStore } from '../../store/workshop-store';
import { roomFor } from '../../sync/room/room-credentials';
import { InvitePanel } from './InvitePanel';
import { PeoplePanel } from './PeoplePanel';
import { RoomStatus } from './RoomStatus';
import { openRoomHere } from './open-room';
import './room.css';

/**
 * The room on the board: how this laptop is linked, who is here, how others
 * join. In the desktop app it also opens the room, and takes it over when
 * the host has gone.
 */
export function RoomPanel({ workshopId }: { workshopId: string }) {
  const room = useWorkshopStore((state) => state.room);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const desktop = isDesktopApp();

  async function open(takeOver: boolean) {
    setBusy(true);
    setError(null);
    const current = roomFor(workshopId);
    const outcome = await openRoomHere(workshopId, takeOver && current ? { roomName: current.roomName, secret: current.secret } : undefined);
    setBusy(false);
    if (!outcome.ok) setError(outcome.error);
    else announce(takeOver ? 'You now host the room. Share the new join link.' : `The room is open. Room code ${outcome.room.roomName}.`);
  }

  if (!room) {
    return (
      <aside className="room-panel" aria-labelledby="room-heading">
        <h2 id="room-heading">The room</h2>
        {desktop ? (
          <>
            <p>Open a room so colleagues on this Wi-Fi can join the board from their laptops.</p>
            <button type="button" className="button" disabled={busy} onClick={() => void open(false)}>
              {busy ? 'Opening the room…' : 'Open the room'}
            </button>
          </>
        ) : (
          <p className="hint">
            This workshop is not in a room. To open one, use the desktop app, or start the host with
            <code> npm run host -- --room &lt;code&gt; --secret &lt;secret&gt;</code>.
          </p>
        )}
        {error && <p role="alert" className="error-message">{error}</p>}
      </aside>
    );
  }

  const hostGone = room.link !== null && room.link.relay !== 'connected';
  return (
    <aside className="room-panel" aria-labelledby="room-heading">
      <h2 id="room-heading">The room</h2>
      <RoomStatus room={room} />
      {room.error && <p role="alert" className="error-message">{room.error}</p>}
      <PeoplePanel roster={room.roster} />
      <InvitePanel room={room} />
      {hostGone && (
        <section className="take-over" aria-labelledby="take-over-heading">
          <h2 id="take-over-heading">The host is not answering</h2>
          <p>
            Laptops already connected keep working together directly, but nobody new can join.
            {desktop
              ? ' You can host the room from this laptop, from your own copy of the board. Everyone else then opens the new join link or QR code below.'
              : ' Someone with the desktop app can take the room over.'}
          </p>
          {desktop && (
            <button type="button" className="button" disabled={busy} onClick={() => void open(true)}>
              {busy ? 'Taking over…' : 'Take over the room'}
            </button>
          )}
        </section>
      )}
      {error && <p role="alert" className="error-message">{error}</p>}
    </aside>
  );
}
