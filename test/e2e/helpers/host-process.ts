import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real `npm run host` process on loopback, started and stopped by a test. */
export interface HostProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

let nextPort = 5300 + Math.floor(Math.random() * 500);

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'scs-e2e-'));
}

export async function startHost(options: { dataDir?: string; port?: number } = {}): Promise<HostProcess> {
  const dataDir = options.dataDir ?? freshDataDir();
  const port = options.port ?? nextPort++;
  const child = spawn(process.execPath, ['electron/host/start.mjs', '--port', String(port), '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    dataDir,
    stop: () => stopChild(child),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The host did not start in time:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
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
