import { discoverRooms } from '../host/room/lan-discovery';
import type { IpcHandlers } from './ipc-handlers';
import type { LanRoomHost } from './lan-room-host';
import type { DiscoveredRooms } from '../../shared/ipc/contract';

// room:open — the renderer asks main to open its workshop's room (or take one
// over) on this laptop's network address. room:discover — it asks which rooms
// hosts on this network announce (a page cannot listen for mDNS itself).
export function createRoomHandlers(
  rooms: Pick<LanRoomHost, 'open'>,
  discover: () => Promise<DiscoveredRooms> = () => discoverRooms(),
): Pick<IpcHandlers, 'room:open' | 'room:discover'> {
  return {
    'room:open': (request) => rooms.open(request),
    'room:discover': () => discover(),
  };
}
