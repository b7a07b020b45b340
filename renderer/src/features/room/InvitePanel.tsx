import type { RoomView } from '../../sync/room/room-view';
import { CopyButton } from './CopyButton';
import { QrCode } from './QrCode';

/** How others join: the room code and secret to type, or the link and its QR code. */
export function InvitePanel({ room }: { room: RoomView }) {
  const secret = new URLSearchParams(room.joinUrl.split('?')[1] ?? '').get('secret') ?? '';
  return (
    <section className="invite-panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite people to the room</h2>
      <p>
        Room code <strong className="room-code" data-room-code={room.roomName}>{room.roomName}</strong>
      </p>
      <details className="room-secret">
        <summary>Show the room secret</summary>
        <p>
          <code className="room-secret-value">{secret}</code>
        </p>
      </details>
      <div className="field">
        <label htmlFor="room-join-link">Join link (on the room’s Wi-Fi)</label>
        <span className="hint" id="room-join-link-hint">Anyone with this link can join and read the board: share it only in the room.</span>
        <input id="room-join-link" readOnly value={room.joinUrl} aria-describedby="room-join-link-hint" onFocus={(e) => e.currentTarget.select()} />
      </div>
      <CopyButton text={room.joinUrl} label="Copy the join link" fallbackId="room-join-link" />
      <QrCode text={room.joinUrl} label={`QR code of the join link for room ${room.roomName}`} />
    </section>
  );
}
