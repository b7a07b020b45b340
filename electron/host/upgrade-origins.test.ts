// Which page origins may open which socket. The room's endpoints take the
// join token as their credential, so any host lets the desktop app
// (app://studio) join its room; /sync keeps its rules (the host's own
// allowed origins, and this computer only); a made-up origin gets nowhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { findLanAddress } from './lan-address';
import { DESKTOP_APP_ORIGIN, isAllowedRoomOrigin } from './request-guard';
import type { OpenedRoom } from './room/room-host';
import type { RunningHost } from './server';
import { makeTempDir } from '../../test/helpers/temp-dir';
import { startRoomHost } from '../../test/helpers/room-peers';

let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('upgrade-origins'));
});
afterEach(async () => {
  await host?.close();
  host = null;
  await cleanup();
});

/** The HTTP status of a WebSocket upgrade (101 when it opened). */
function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', reject);
  });
}

describe('isAllowedRoomOrigin', () => {
  it('adds the desktop app to the page’s own origin and the host’s list, nothing else', () => {
    expect(isAllowedRoomOrigin(DESKTOP_APP_ORIGIN, '192.168.1.5:5170', [])).toBe(true);
    expect(isAllowedRoomOrigin('http://192.168.1.5:5170', '192.168.1.5:5170', [])).toBe(true);
    expect(isAllowedRoomOrigin(undefined, '192.168.1.5:5170', [])).toBe(true);
    expect(isAllowedRoomOrigin('http://dev.local:5173', '192.168.1.5:5170', ['http://dev.local:5173'])).toBe(true);
    for (const origin of ['https://evil.example', 'app://studio.evil', 'app://other', 'null', 'http://192.168.1.5:9999']) {
      expect(isAllowedRoomOrigin(origin, '192.168.1.5:5170', []), origin).toBe(false);
    }
  });
});

describe('upgrades by origin', () => {
  it('a host started without allowed origins lets the desktop app onto /relay and /signal with a valid token', async () => {
    let room: OpenedRoom;
    ({ host, room } = await startRoomHost(dir));
    expect(await upgradeStatus(room.relayUrl, DESKTOP_APP_ORIGIN)).toBe(101);
    expect(await upgradeStatus(room.signalingUrl, DESKTOP_APP_ORIGIN)).toBe(101);
    // The token is still the credential.
    expect(await upgradeStatus(room.relayUrl.replace(/token=\w+/, `token=${'0'.repeat(64)}`), DESKTOP_APP_ORIGIN)).toBe(403);
    // Without being listed, the desktop app does not get the plaintext /sync of someone else's host.
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/sync/workshop:abc`, DESKTOP_APP_ORIGIN)).toBe(403);
  });

  it('a made-up origin is refused on /relay, /signal and /sync', async () => {
    let room: OpenedRoom;
    ({ host, room } = await startRoomHost(dir, { allowedOrigins: [DESKTOP_APP_ORIGIN] }));
    for (const origin of ['https://evil.example', 'app://studio.evil']) {
      expect(await upgradeStatus(room.relayUrl, origin), `relay ${origin}`).toBe(403);
      expect(await upgradeStatus(room.signalingUrl, origin), `signal ${origin}`).toBe(403);
      expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/sync/workshop:abc`, origin), `sync ${origin}`).toBe(403);
    }
    // The listed desktop app on this computer still reaches /sync (its own host).
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/sync/workshop:abc`, DESKTOP_APP_ORIGIN)).toBe(101);
  });

  const lan = findLanAddress();
  it.skipIf(lan === null)('/sync with the desktop app’s origin from another computer is still refused; its /relay is not', async () => {
    // The test machine cannot be another computer, so it is told that its LAN
    // address is not its own: a connection from there then counts as remote.
    let room: OpenedRoom;
    ({ host, room } = await startRoomHost(dir, { host: lan!, ownAddresses: () => [], allowedOrigins: [DESKTOP_APP_ORIGIN] }));
    expect(await upgradeStatus(`ws://${lan}:${host.port}/sync/workshop:abc`, DESKTOP_APP_ORIGIN)).toBe(403);
    expect(await upgradeStatus(room.relayUrl, DESKTOP_APP_ORIGIN)).toBe(101);
  });
});
