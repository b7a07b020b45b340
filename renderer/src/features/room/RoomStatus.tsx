import { ROOM_STATUS_LABELS } from '../../sync/room/room-status';
import type { RoomView } from '../../sync/room/room-view';

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** Text, not only colour: how this laptop reaches the room, and when it last synced. */
export function RoomStatus({ room }: { room: RoomView }) {
  const link = room.link;
  if (!link) return <p className="room-status" data-status="joining">Joining the room…</p>;
  const peers = link.meshPeers === 1 ? '1 laptop' : `${link.meshPeers} laptops`;
  return (
    <div className={`room-status room-${link.status}`} data-status={link.status}>
      <p className="room-status-line">
        <span aria-hidden="true" className="sync-dot" />
        <strong>{ROOM_STATUS_LABELS[link.status]}</strong>
        {link.status === 'direct' && <span> (to {peers}{link.relay === 'connected' ? ', and the host' : ''})</span>}
      </p>
      {link.status === 'offline' && link.lastSyncedAt !== null && (
        <p className="hint">Last synced at {time(link.lastSyncedAt)}. Your changes merge when the room is back.</p>
      )}
      {!link.meshAvailable && <p className="hint">This browser cannot connect directly, so everything goes through the host.</p>}
      {link.wrongSecretMessages > 0 && (
        <p className="room-warning">Someone is trying to join with the wrong secret. They cannot read or change anything.</p>
      )}
      {link.refusedUpdates > 0 && (
        <p className="room-warning">
          {link.refusedUpdates === 1 ? 'One change' : `${link.refusedUpdates} changes`} from the room would have damaged the workshop and {link.refusedUpdates === 1 ? 'was' : 'were'} refused.
        </p>
      )}
    </div>
  );
}
