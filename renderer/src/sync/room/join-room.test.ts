import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startHost, type RunningHost } from '../../../../electron/host/server';
import { makeTempDir } from '../../../../test/helpers/temp-dir';
import { findRoom, JoinError, roomSocketUrl } from './join-room';

const socket = (url: string) => new WebSocket(url) as unknown as globalThis.WebSocket;
let host: RunningHost;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('join-room');
  cleanup = temp.cleanup;
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, staticDir: temp.dir, log: () => undefined });
  await host.openRoom({ name: 'JOIN42', secret: 'join secret 1', workshopId: 'workshop:abc123' });
});

afterAll(async () => {
  await host?.close();
  await cleanup?.();
});

describe('findRoom', () => {
  it('finds the room’s workshop from a code typed in any case and spacing', async () => {
    const target = await findRoom(host.url, ' join 42 ', 'join secret 1', socket);
    expect(target).toMatchObject({ roomName: 'JOIN42', workshopId: 'workshop:abc123' });
    expect(target.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is refused by the host for a wrong secret or an unknown room', async () => {
    await expect(findRoom(host.url, 'JOIN42', 'not the secret', socket)).rejects.toThrow(/did not accept this room code and secret/);
    await expect(findRoom(host.url, 'OTHER1', 'join secret 1', socket)).rejects.toBeInstanceOf(JoinError);
  });

  it('refuses a malformed code or a short secret before asking the host', async () => {
    await expect(findRoom(host.url, 'no!', 'join secret 1', socket)).rejects.toMatchObject({ field: 'room' });
    await expect(findRoom(host.url, 'JOIN42', 'short', socket)).rejects.toMatchObject({ field: 'secret' });
  });

  it('builds the endpoint URLs from the host origin', () => {
    expect(roomSocketUrl('http://192.168.1.20:5170/', 'relay', 'ab')).toBe('ws://192.168.1.20:5170/relay?token=ab');
    expect(roomSocketUrl('https://host.example', 'signal', 'ab')).toBe('wss://host.example/signal?token=ab');
  });
});
