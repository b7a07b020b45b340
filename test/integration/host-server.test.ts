import { request } from 'node:http';
import { createServer } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop } from '../../shared/doc/ops/index';
import { CONTENT_SECURITY_POLICY } from '../../electron/host/security-headers';
import { HostStartError, startHost, type RunningHost } from '../../electron/host/server';
import { makeTempDir } from '../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let staticDir: string;
let host: RunningHost | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('host-server'));
  staticDir = join(dir, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Small Changes Studio</title>');
  await writeFile(join(staticDir, 'assets', 'index-abc123.js'), 'console.log("app")');
  await writeFile(join(dir, 'secret.txt'), 'outside the web root');
});
afterEach(async () => {
  await host?.close();
  host = null;
  await cleanup();
});

async function start(): Promise<RunningHost> {
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data'), staticDir, log: () => undefined });
  return host;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path is sent exactly as given, with no URL normalising. */
function get(port: number, path: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('host HTTP server', () => {
  it('serves index.html with its type and the security headers', async () => {
    const { port, url } = await start();
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    const res = await get(port, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Small Changes Studio</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves assets with their content type and a long cache', async () => {
    const { port } = await start();
    const res = await get(port, '/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.body).toBe('console.log("app")');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('falls back to index.html for app routes but 404s missing files', async () => {
    const { port } = await start();
    expect((await get(port, '/workshop/abc?x=1')).body).toContain('Small Changes Studio');
    const missing = await get(port, '/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses directory traversal in every spelling', async () => {
    const { port } = await start();
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..\\secret.txt']) {
      const res = await get(port, path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).not.toContain('outside the web root');
    }
  });

  it('answers the API', async () => {
    const running = await start();
    const health = await get(running.port, '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ ok: true, service: 'small-changes-studio' });
    const workshop = await running.store.workshop('workshop:listed');
    createWorkshop(workshop.doc, { title: 'Listed', localAuthority: 'Testshire' });
    await workshop.flush();
    const list = await get(running.port, '/api/workshops');
    expect(list.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(list.body).workshops).toMatchObject([{ id: 'workshop:listed', title: 'Listed', localAuthority: 'Testshire' }]);
    expect((await get(running.port, '/api/nothing')).status).toBe(404);
    expect((await get(running.port, '/api/workshops', { method: 'DELETE' })).status).toBe(405);
    expect((await get(running.port, '/', { method: 'POST' })).status).toBe(405);
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const { port } = await start();
    const res = await get(port, '/api/workshops', { host: `evil.example:${port}` });
    expect(res.status).toBe(421);
    expect((await get(port, '/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('names the port when it is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const attempt = startHost({ port, host: '127.0.0.1', dataDir: join(dir, 'data'), staticDir, log: () => undefined });
      await expect(attempt).rejects.toBeInstanceOf(HostStartError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use. Choose another with --port.`);
      // The data folder was let go: a host can start on it straight away.
      await start();
    } finally {
      blocker.close();
    }
  });

  it('checks the data folder before taking the port', async () => {
    await writeFile(join(dir, 'plain-file'), 'x');
    const dataDir = join(dir, 'plain-file', 'data');
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    await expect(startHost({ port, host: '127.0.0.1', dataDir, staticDir })).rejects.toThrow(
      `The data folder ${dataDir} cannot be written to (ENOTDIR).`,
    );
    // Nothing is listening: the port is still free.
    const again = createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(port, '127.0.0.1', () => resolve());
    });
    again.close();
  });
});
