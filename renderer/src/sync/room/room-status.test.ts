import { describe, expect, it } from 'vitest';
import { deriveRoomStatus } from './room-status';

describe('deriveRoomStatus', () => {
  it('is direct whenever a peer is connected, whatever the relay does', () => {
    expect(deriveRoomStatus({ meshPeers: 1, relay: 'offline' })).toBe('direct');
    expect(deriveRoomStatus({ meshPeers: 3, relay: 'connected' })).toBe('direct');
  });

  it('is through the host when only the relay is connected', () => {
    expect(deriveRoomStatus({ meshPeers: 0, relay: 'connected' })).toBe('host');
  });

  it('is offline with neither', () => {
    expect(deriveRoomStatus({ meshPeers: 0, relay: 'connecting' })).toBe('offline');
    expect(deriveRoomStatus({ meshPeers: 0, relay: 'offline' })).toBe('offline');
  });
});
