import { useState } from 'react';
import type { DiscoveredRooms } from '../../../../shared/ipc/contract';
import { studioClient } from '../../ipc/client';
import { announce } from '../../store/workshop-store';

type Found = { state: 'idle' } | { state: 'looking' } | { state: 'found'; rooms: DiscoveredRooms } | { state: 'error'; message: string };

/**
 * Desktop only: rooms that hosts on this network announce (mDNS), so nobody
 * has to type the host's address. Choosing one fills the code and the
 * address; the secret is never announced and must still be typed. Council
 * Wi-Fi often blocks this: the code and link always work without it.
 */
export function RoomsOnThisNetwork({ onChoose }: { onChoose: (room: { roomName: string; hostUrl: string }) => void }) {
  const [found, setFound] = useState<Found>({ state: 'idle' });

  async function look() {
    setFound({ state: 'looking' });
    const reply = await studioClient().roomDiscover();
    if (!reply.ok) {
      setFound({ state: 'error', message: reply.error });
      return;
    }
    setFound({ state: 'found', rooms: reply.data });
    announce(reply.data.length === 0 ? 'No rooms found on this network' : `${reply.data.length} room${reply.data.length === 1 ? '' : 's'} found on this network`);
  }

  return (
    <section className="rooms-nearby" aria-labelledby="rooms-nearby-heading">
      <h2 id="rooms-nearby-heading">Rooms on this network</h2>
      <button type="button" className="button button-secondary" onClick={() => void look()} disabled={found.state === 'looking'}>
        {found.state === 'looking' ? 'Looking…' : 'Look for rooms on this network'}
      </button>
      {found.state === 'error' && <p className="error-message">{found.message}</p>}
      {found.state === 'found' && found.rooms.length === 0 && (
        <p>No room answered. The network may not allow it: type the room code, the secret and the host’s address below.</p>
      )}
      {found.state === 'found' && found.rooms.length > 0 && (
        <ul className="rooms-nearby-list">
          {found.rooms.map((room) => (
            <li key={`${room.roomName} ${room.hostUrl}`}>
              <button type="button" className="link-button" onClick={() => onChoose(room)}>
                Room {room.roomName} at {new URL(room.hostUrl).host}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
