import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli, type CliResult } from '../../electron/host/cli';
import type { RunningHost } from '../../electron/host/server';
import { makeTempDir } from './temp-dir';

export interface CliPerTest {
  /** This test's temporary folder. */
  readonly dir: string;
  /** The host the last run started, or null. */
  readonly host: RunningHost | null;
  /** Runs `npm run host -- <argv>` in-process; what it printed, and its exit code. */
  run(argv: string[], options?: { staticDir?: string }): Promise<{ code: number; out: string; err: string }>;
}

/**
 * The host's command line in each test of a file: a temp folder with a
 * stand-in renderer page before each test; the started host closed and the
 * folder removed after it. Call once at the top of the file.
 */
export function cliPerTest(name: string): CliPerTest {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  let result: CliResult | null = null;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir(name));
    await mkdir(join(dir, 'renderer'));
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  });
  afterEach(async () => {
    await result?.host?.close();
    result = null;
    await cleanup();
  });
  return {
    get dir() {
      return dir;
    },
    get host() {
      return result?.host ?? null;
    },
    async run(argv, options = {}) {
      const out: string[] = [];
      const err: string[] = [];
      result = await runCli(argv, { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, staticDir: options.staticDir ?? join(dir, 'renderer') });
      return { code: result.code, out: out.join('\n'), err: err.join('\n') };
    },
  };
}
