import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from './static-files';

describe('resolveStaticPath', () => {
  const root = resolve('/srv/app');

  it('maps request paths to files inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(root);
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/a%20b.png')).toBe(join(root, 'a b.png'));
  });

  it('refuses every way out of the root', () => {
    for (const bad of ['/../etc/passwd', '/assets/../../x', '/..%2fx', '/%2e%2e/x', '/a\\..\\x', '/x%00.js', '/%E0%A4%A', 'x']) {
      expect(resolveStaticPath(root, bad), bad).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('names the common types and falls back to a download type', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.bin')).toBe('application/octet-stream');
  });
});
