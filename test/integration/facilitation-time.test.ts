// The shared timer's clock: the host answers GET /api/time, and a laptop's
// measureSkew (renderer/src/features/facilitation/clock-sync.ts) estimates its
// offset to the host over real HTTP, with a laptop clock that is wrong.
import { join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { measureSkew } from '../../renderer/src/features/facilitation/clock-sync';
import { makeTempDir } from '../helpers/temp-dir';

let host: RunningHost;
let cleanup: () => Promise<void>;
let base: string;

beforeAll(async () => {
  const temp = await makeTempDir('facilitation-time');
  cleanup = temp.cleanup;
  const staticDir = join(temp.dir, 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir: join(temp.dir, 'data'), staticDir, log: () => undefined });
  base = `http://127.0.0.1:${host.port}`;
});
afterAll(async () => {
  await host?.close();
  await cleanup?.();
});

describe('GET /api/time and measureSkew', () => {
  test('the host answers with its clock, uncached', async () => {
    const before = Date.now();
    const response = await fetch(`${base}/api/time`);
    const body = (await response.json()) as { now: number };
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.now).toBeGreaterThanOrEqual(before);
    expect(body.now).toBeLessThanOrEqual(Date.now());
  });

  test('a laptop 90 s slow measures +90 s to the host, within the error bound', async () => {
    const realNow = Date.now;
    // Only the "laptop" side is slow: the host answers from its own (real) clock.
    const slowFetch: typeof fetch = async (input, init) => {
      Date.now = realNow;
      try {
        return await fetch(input, init);
      } finally {
        Date.now = () => realNow() - 90_000;
      }
    };
    Date.now = () => realNow() - 90_000;
    try {
      const skew = await measureSkew(base, slowFetch);
      expect(skew).not.toBeNull();
      expect(skew!.samples).toBe(5);
      expect(Math.abs(skew!.offsetMs - 90_000)).toBeLessThanOrEqual(skew!.errorMs + 5);
    } finally {
      Date.now = realNow;
    }
  });

  test('an unreachable host gives null, not an exception', async () => {
    expect(await measureSkew('http://127.0.0.1:9')).toBeNull();
  });
});
