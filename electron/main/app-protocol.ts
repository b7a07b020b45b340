import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

// The renderer loads from app://studio/…, never file://: a standard, secure
// origin of its own, so CSP 'self', fetch and storage behave as on the web
// and no page can read arbitrary files through the scheme.

export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent with every app:// response. 127.0.0.1 is the in-process host. WebSockets
 * may go anywhere: a room's signaling and relay listen on a laptop's network
 * address (this one's when it hosts, a colleague's when joining), and carry
 * only what the room key has sealed. Plain http stays on this laptop.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws://127.0.0.1:* http://127.0.0.1:* ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Must run before the app's ready event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer from rootDir on the app scheme (call after ready). */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}

/**
 * The file under root that a URL path names, or null when the path is not
 * one we will serve: undecodable, with a NUL or backslash, or escaping root
 * (encoded slashes such as `..%2F` survive URL parsing, so check after decoding).
 */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const target = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return target;
}

function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

async function fileResponse(path: string, method: string): Promise<Response> {
  const body = await readFile(path);
  const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(type) });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed.');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found.');
    const target = resolveInside(root, url.pathname);
    if (target === null) return textResponse(403, 'Forbidden.');
    try {
      if (await isFile(target)) return await fileResponse(target, request.method);
      const indexInDir = join(target, 'index.html');
      if (await isFile(indexInDir)) return await fileResponse(indexInDir, request.method);
      // A path without an extension is a client-side route: the app handles it.
      if (extname(target) === '') {
        const entry = join(root, 'index.html');
        if (await isFile(entry)) return await fileResponse(entry, request.method);
      }
      return textResponse(404, 'Not found.');
    } catch (err) {
      console.error(`[app protocol] could not serve ${url.pathname}:`, err);
      return textResponse(500, 'Could not read the file.');
    }
  };
}
