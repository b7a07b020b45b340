import { join } from 'node:path';
import { startHost, type RunningHost } from '../host/server';
import { APP_ORIGIN } from './app-protocol';

// The desktop app runs the same host as `npm run host`, on loopback only and
// a port the OS picks, over the same durable store in the user's data folder.

export interface InProcessHostOptions {
  readonly userDataDir: string;
  readonly staticDir: string;
  /** Origin of the dev server, whose page may also open sync sockets. */
  readonly devOrigin: string | null;
}

export const DATA_FOLDER = 'workshops-data';

export function startInProcessHost({ userDataDir, staticDir, devOrigin }: InProcessHostOptions): Promise<RunningHost> {
  return startHost({
    host: '127.0.0.1',
    port: 0,
    dataDir: join(userDataDir, DATA_FOLDER),
    staticDir,
    allowedOrigins: devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin],
    log: (message) => console.error(`[host] ${message}`),
  });
}

/** A host start that failed becomes a plain message for app:hostInfo. */
export function hostOrReason(starting: Promise<RunningHost>): () => Promise<RunningHost> {
  const settled = starting.catch((err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`[host] the workshop host did not start: ${reason}`);
    return new Error(`The workshop host is not running: ${reason}`);
  });
  return async () => {
    const value = await settled;
    if (value instanceof Error) throw value;
    return value;
  };
}
