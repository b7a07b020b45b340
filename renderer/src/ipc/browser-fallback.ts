import { productName, version } from '../../../package.json';
import type { StudioApi } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/envelope';

// What the IPC channels mean when the app runs in a plain browser, served by
// a workshop host (`npm run host`) rather than inside Electron.

export interface BrowserEnv {
  readonly location: Pick<Location, 'protocol' | 'origin'>;
  readonly userAgent: string;
}

export interface AppIdentity {
  readonly name: string;
  readonly version: string;
}

/** The app's name and version, fixed at build time from package.json. */
export const BUILT_APP: AppIdentity = { name: productName, version };

function chromeVersion(userAgent: string): string | null {
  return /\bChrom(?:e|ium)\/([\d.]+)/.exec(userAgent)?.[1] ?? null;
}

export function createBrowserFallback(env: BrowserEnv, app: AppIdentity = BUILT_APP): StudioApi {
  return {
    appVersion: async () =>
      ok({ name: app.name, version: app.version, electron: null, chrome: chromeVersion(env.userAgent), node: null }),
    appHostInfo: async () => {
      // In a browser the page came from the host, so the host is its origin.
      if (env.location.protocol === 'http:' || env.location.protocol === 'https:') {
        return ok({ url: env.location.origin });
      }
      return fail('This page was not served by a workshop host, so there is no host to connect to.');
    },
  };
}
