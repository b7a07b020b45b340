import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { findLanAddress } from '../../electron/host/lan-address';
import { isLocalAddress } from '../../electron/host/request-guard';
import type { RunningHost } from '../../electron/host/server';
import { makeTempDir } from '../helpers/temp-dir';
import { relayPeer, startRoomHost } from '../helpers/room-peers';

let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('room-lockdown'));
});
afterEach(async () => {
  await host?.close();
  host = null;
  await cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(address: string, port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, method, headers: { host: `${address}:${port}`, ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', reject);
  });
}

describe('isLocalAddress', () => {
  it('counts loopback and this computer\'s own addresses as local, nothing else', () => {
    expect(isLocalAddress('127.0.0.1', [])).toBe(true);
    expect(isLocalAddress('127.4.5.6', [])).toBe(true);
    expect(isLocalAddress('::1', [])).toBe(true);
    expect(isLocalAddress('::ffff:127.0.0.1', [])).toBe(true);
    expect(isLocalAddress('192.168.1.5', ['192.168.1.5'])).toBe(true);
    expect(isLocalAddress('::ffff:192.168.1.5', ['192.168.1.5'])).toBe(true);
    expect(isLocalAddress('192.168.1.6', ['192.168.1.5'])).toBe(false);
    expect(isLocalAddress('fe80::1%eth0', ['fe80::1'])).toBe(true);
    expect(isLocalAddress(undefined, [])).toBe(false);
  });
});

describe('the plaintext parts answer this computer only', () => {
  it('a client on loopback (the facilitator\'s own app) gets /api/workshops and /sync', async () => {
    ({ host } = await startRoomHost(dir, { host: '0.0.0.0' }));
    const reply = await get('127.0.0.1', host.port, '/api/workshops');
    expect(reply.status).toBe(200);
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/sync/workshop:abc`)).toBe(101);
  });

  const lan = findLanAddress();
  it.skipIf(lan === null)('a client from another computer gets 403 with a message; the room endpoints and the app still answer it', async () => {
    // The test machine cannot be another computer, so it is told that its LAN
    // address is not its own: a connection from there then counts as remote.
    ({ host } = await startRoomHost(dir, { host: lan!, ownAddresses: () => [] }));
    const { port } = host;
    const workshops = await get(lan!, port, '/api/workshops');
    expect(workshops.status).toBe(403);
    expect(JSON.parse(workshops.body).error).toMatch(/only apps on the computer it runs on/);
    expect(await upgradeStatus(`ws://${lan}:${port}/sync/workshop:abc`)).toBe(403);
    expect((await get(lan!, port, '/api/health')).status).toBe(200);
    expect((await get(lan!, port, '/')).status).toBe(200);
    const opened = await host.openRoom({ name: 'LAN-ROOM', secret: 'correct horse battery' });
    expect(opened.relayUrl.startsWith(`ws://${lan}:${port}/relay?token=`)).toBe(true);
    const { deriveRoomKey } = await import('../../shared/room/crypto');
    const peer = await relayPeer(opened.relayUrl, { key: await deriveRoomKey('correct horse battery', 'LAN-ROOM') });
    await peer.client.whenSynced();
    peer.destroy();
  });

  it.skipIf(lan === null)('with its own addresses known, the same LAN connection is local (the app on a host bound to its LAN address)', async () => {
    ({ host } = await startRoomHost(dir, { host: lan! }));
    expect((await get(lan!, host.port, '/api/workshops')).status).toBe(200);
  });
});

describe('CORS on /api/* for the desktop app', () => {
  it('answers the allowed origins only, including the preflight', async () => {
    ({ host } = await startRoomHost(dir, { allowedOrigins: ['app://studio'] }));
    const allowed = await get('127.0.0.1', host.port, '/api/workshops', { Origin: 'app://studio' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('app://studio');
    expect(allowed.headers.vary).toBe('Origin');
    const other = await get('127.0.0.1', host.port, '/api/workshops', { Origin: 'http://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await get('127.0.0.1', host.port, '/api/workshops', { Origin: 'app://studio', 'Access-Control-Request-Method': 'GET' }, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD');
    const refused = await get('127.0.0.1', host.port, '/api/workshops', { Origin: 'http://evil.example' }, 'OPTIONS');
    expect(refused.status).toBe(403);
    // Static files get no CORS header.
    const page = await get('127.0.0.1', host.port, '/', { Origin: 'app://studio' });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });
});
