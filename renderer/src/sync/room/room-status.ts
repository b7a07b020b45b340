/**
 * How this laptop is linked to the room, in the words the indicator uses:
 * - direct: at least one colleague's laptop is connected peer to peer (the mesh);
 * - host: no direct link, but the host's relay carries our changes;
 * - offline: neither; edits stay on this laptop and merge on return.
 */
export type RoomLinkStatus = 'direct' | 'host' | 'offline';

export type RelayLinkStatus = 'connecting' | 'connected' | 'offline';

export function deriveRoomStatus(input: { meshPeers: number; relay: RelayLinkStatus }): RoomLinkStatus {
  if (input.meshPeers > 0) return 'direct';
  if (input.relay === 'connected') return 'host';
  return 'offline';
}

export const ROOM_STATUS_LABELS: Readonly<Record<RoomLinkStatus, string>> = {
  direct: 'Connected directly',
  host: 'Connected through the host',
  offline: 'Offline: your changes are kept on this laptop',
};
