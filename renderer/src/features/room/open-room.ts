import { studioClient } from '../../ipc/client';
import { rememberRoom, type RoomCredentials } from '../../sync/room/room-credentials';

/**
 * Asks the desktop app to open this workshop's room on this laptop's network
 * address (or, given the room's code and secret, to take an existing room
 * over), then joins it from this window. Resolves to the room, or a message.
 */
export async function openRoomHere(
  workshopId: string,
  takeOver?: { roomName: string; secret: string },
): Promise<{ ok: true; room: RoomCredentials } | { ok: false; error: string }> {
  const reply = await studioClient().roomOpen({ workshopId, ...(takeOver ?? {}) });
  if (!reply.ok) return reply;
  const room: RoomCredentials = {
    workshopId,
    roomName: reply.data.roomName,
    secret: reply.data.secret,
    hostUrl: reply.data.hostUrl,
    profile: null,
  };
  rememberRoom(room);
  return { ok: true, room };
}
