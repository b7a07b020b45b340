import type { IpcHandlers } from './ipc-handlers';
import type { LanRoomHost } from './lan-room-host';

// room:open — the renderer asks main to open its workshop's room (or take one
// over) on this laptop's network address.
export function createRoomHandlers(rooms: Pick<LanRoomHost, 'open'>): Pick<IpcHandlers, 'room:open'> {
  return {
    'room:open': (request) => rooms.open(request),
  };
}
