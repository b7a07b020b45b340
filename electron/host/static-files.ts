import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Turns a request path into a file path inside `root`, or null when the path
 * tries to leave it (`..`, encoded slashes or backslashes, NUL bytes) or
 * cannot be decoded. The raw path is checked, not a URL-normalised one, so
 * `/../x` is refused rather than quietly rewritten.
 */
export function resolveStaticPath(root: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

async function fileSize(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

function send(req: IncomingMessage, res: ServerResponse, path: string, size: number): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(path));
  res.setHeader('Content-Length', size);
  // Vite puts content hashes in asset names, so they never change; the page
  // itself must be revalidated to pick up a new build.
  const hashed = /[\\/]assets[\\/]/.test(path);
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Serves the built renderer. Paths without a file extension that match no
 * file get index.html (the app routes them); missing files get 404.
 */
export async function serveStatic(
  root: string,
  rawPath: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = resolveStaticPath(root, rawPath);
  if (path === null) {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Bad path.');
    return;
  }
  const candidate = path === resolve(root) ? join(path, 'index.html') : path;
  const size = await fileSize(candidate);
  if (size !== null) {
    send(req, res, candidate, size);
    return;
  }
  if (extname(path) === '') {
    const index = join(resolve(root), 'index.html');
    const indexSize = await fileSize(index);
    if (indexSize !== null) {
      send(req, res, index, indexSize);
      return;
    }
  }
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found.');
}
