import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  registerAppScheme,
  resolveInside,
  serveAppProtocol,
} from './app-protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Studio</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("hi")');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'a b.svg'), '<svg/>');
  writeFileSync(join(base, 'secret.txt'), 'not for the page');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('the app scheme', () => {
  it('is registered as standard, secure and fetch-capable', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('is served with protocol.handle', () => {
    serveAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('has the strict CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self' ws://127.0.0.1:* http://127.0.0.1:* ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe('the app protocol handler', () => {
  it('serves the entry page with the CSP header', async () => {
    const res = await get(APP_ENTRY_URL);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Studio</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the root and scripts and styles with their types', async () => {
    expect(await (await get('app://studio/')).text()).toContain('Studio');
    const js = await get('app://studio/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("hi")');
    expect((await get('app://studio/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await (await get('app://studio/assets/a%20b.svg')).text()).toBe('<svg/>');
  });

  it('answers HEAD without a body', async () => {
    const res = await get('app://studio/assets/app.js', 'HEAD');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('serves the entry page for a client-side route', async () => {
    const res = await get('app://studio/workshop/abc');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Studio');
  });

  it('says 404 for a missing file, still with the CSP', async () => {
    const res = await get('app://studio/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://studio/..%2fsecret.txt',
    'app://studio/assets/..%2F..%2Fsecret.txt',
    'app://studio/%2e%2e%2fsecret.txt',
    'app://studio/..%5csecret.txt',
    'app://studio/assets%2f..%2f..%2fsecret.txt',
    'app://studio/index.html%00.js',
    'app://studio/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('not for the page');
  });

  it('keeps plain dot segments inside the root (URL parsing folds them)', async () => {
    const res = await get('app://studio/../../secret.txt');
    expect(res.status).toBe(404);
  });

  it('refuses other hosts and methods', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://studio/index.html', 'POST')).status).toBe(405);
  });
});

describe('resolveInside', () => {
  it('maps URL paths to files under the root and nothing outside it', () => {
    const r = resolve('/srv/r');
    expect(resolveInside(r, '/')).toBe(r);
    expect(resolveInside(r, '/assets/a.js')).toBe(join(r, 'assets', 'a.js'));
    expect(resolveInside(r, '/..%2F..%2Fetc%2Fpasswd')).toBe(null);
    expect(resolveInside(r, '/../r2/x')).toBe(null);
    expect(resolveInside(r, '/%ZZ')).toBe(null);
  });
});
