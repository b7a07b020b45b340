import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real `npm run host` process on loopback, started and stopped by a test. */
export interface HostProcess {
  url: string;
  /** The room's join link, when started with --room (printed by the host). */
  joinUrl: string | null;
  dataDir: string;
  stop(): Promise<void>;
}

let nextPort = 5300 + Math.floor(Math.random() * 500);

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'scs-e2e-'));
}

export async function startHost(options: { dataDir?: string; port?: number; args?: readonly string[] } = {}): Promise<HostProcess> {
  const dataDir = options.dataDir ?? freshDataDir();
  const port = options.port ?? nextPort++;
  const extra = options.args ?? [];
  // SCS_E2E_HOST_ENTRY: run a copy of the built host (out/main/host.js) instead, e.g. while others rebuild out/.
  const entry = process.env['SCS_E2E_HOST_ENTRY'] ?? 'electron/host/start.mjs';
  const child = spawn(process.execPath, [entry, '--port', String(port), '--data', dataDir, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { url, joinUrl } = await waitForUrl(child, extra.includes('--room'));
  return {
    url,
    joinUrl,
    dataDir,
    stop: () => stopChild(child),
  };
}

/** Waits for "running at <url>" and, when a room was asked for, its "Join link: <url>" (printed once the room is open). */
function waitForUrl(child: ChildProcess, room: boolean): Promise<{ url: string; joinUrl: string | null }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The host did not start in time:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      const join = /Join link: (http:\/\/\S+)/.exec(output);
      if (match?.[1] && (!room || join?.[1])) {
        clearTimeout(timer);
        resolve({ url: match[1].replace(/\/$/, ''), joinUrl: join?.[1] ?? null });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with code ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
