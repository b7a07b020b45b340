import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRoomCode } from '../../shared/room/room-code';
import { makeTempDir } from '../../test/helpers/temp-dir';
import { LanRoomHost } from './lan-room-host';
import { createRoomHandlers } from './room-handlers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function lanHost(findAddress: () => string | null = () => '127.0.0.1') {
  const temp = await makeTempDir('lan-room');
  const staticDir = join(temp.dir, 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
  const rooms = new LanRoomHost({ userDataDir: temp.dir, staticDir, allowedOrigins: ['app://studio'], findAddress, log: () => undefined });
  cleanups.push(temp.cleanup, () => rooms.close());
  return rooms;
}

describe('LanRoomHost (room:open)', () => {
  it('opens a new room with a fresh code and secret, and a join link that carries them in the fragment', async () => {
    const rooms = await lanHost();
    const opened = await createRoomHandlers(rooms)['room:open']({ workshopId: 'workshop:abc' });
    expect(isRoomCode(opened.roomName)).toBe(true);
    expect(opened.secret.length).toBeGreaterThanOrEqual(16);
    expect(opened.hostUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(opened.joinUrl).toBe(`${opened.hostUrl}/#/join?room=${opened.roomName}&secret=${opened.secret}`);
    const relay = new URL(opened.hostUrl);
    expect(Number(relay.port)).toBeGreaterThan(0);
  });

  it('takes a room over with its own name and secret, on the same host', async () => {
    const rooms = await lanHost();
    const first = await rooms.open({ workshopId: 'workshop:abc', roomName: 'K7MQ3X', secret: 'the same secret' });
    const again = await rooms.open({ workshopId: 'workshop:abc', roomName: 'k7mq3x', secret: 'the same secret' });
    expect(again).toEqual(first);
  });

  it('says plainly when this computer is on no network', async () => {
    const rooms = await lanHost(() => null);
    await expect(rooms.open({ workshopId: 'workshop:abc' })).rejects.toThrow(/not on a network/);
  });
});
