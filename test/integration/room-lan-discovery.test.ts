import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../electron/host/server';
import { discoverRooms } from '../../electron/host/room/lan-discovery';
import { makeTempDir } from '../helpers/temp-dir';
import { ROOM, startRoomHost } from '../helpers/room-peers';

// A host on the network announces its open room by mDNS; the desktop app's
// discovery (the same code, in main) lists it with an address to join at.
// Never the secret: the announcement carries the code and the port only.
let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;

beforeEach(async () => ({ dir, cleanup } = await makeTempDir('room-lan')));
afterEach(async () => {
  await host?.close();
  host = null;
  await cleanup();
});

describe('rooms on this network', () => {
  it('lists a room a host on the network opened, at its address and port, and not once it is closed', async () => {
    ({ host } = await startRoomHost(dir, { host: '0.0.0.0' }));
    const found = await discoverRooms({ waitMs: 2_500 });
    const ours = found.filter((room) => room.roomName === ROOM && room.hostUrl.endsWith(`:${host!.port}`));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.hostUrl).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:\d+$/);

    await host.closeRoom(ROOM);
    const after = await discoverRooms({ waitMs: 1_500 });
    expect(after.filter((room) => room.roomName === ROOM && room.hostUrl.endsWith(`:${host!.port}`))).toEqual([]);
  }, 15_000);

  it('announces nothing from a host on this computer only', async () => {
    ({ host } = await startRoomHost(dir));
    const found = await discoverRooms({ waitMs: 1_500 });
    expect(found.filter((room) => room.hostUrl.endsWith(`:${host!.port}`))).toEqual([]);
  }, 10_000);
});
