import { productName, version } from '../../../package.json';
import type { StudioApi } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/envelope';
import { DEFAULT_RETENTION_DAYS } from '../../../shared/ipc/preferences';
import { browserExportApi } from '../features/export/browser-export';
import { browserFileApi } from '../features/files/browser-files';
import { browserPreferencesApi } from '../features/settings/browser-preferences';

// What the IPC channels mean when the app runs in a plain browser, served by
// a workshop host (`npm run host`) rather than inside Electron.

export interface BrowserEnv {
  readonly location: Pick<Location, 'protocol' | 'origin'>;
  readonly userAgent: string;
  /** Where preferences are kept (localStorage); defaults to an in-memory store. */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const noEvents = () => () => undefined;

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
    ...browserFileApi(),
    ...browserExportApi(),
    ...browserPreferencesApi(env.storage ?? memoryStorage()),
    // The page keeps its place in the URL; there is no main process to tell.
    workshopActive: async () => ok(null),
    workshopResume: async () => ok({ workshopId: null }),
    // The host's workshops belong to whoever runs the host, not to this browser.
    retentionList: async () => ok({ days: DEFAULT_RETENTION_DAYS, workshops: [] }),
    retentionDelete: async () => fail('Workshops can only be deleted in the desktop app that keeps them.'),
    retentionKeep: async () => ok(null),
    roomOpen: async () =>
      fail('A room is opened from the desktop app, or by starting the host with npm run host -- --room <name> --secret <secret>.'),
    // A page cannot listen for rooms announced on the network: the code and link always work.
    roomDiscover: async () => fail('Only the desktop app can look for rooms on this network. Type the room code and secret instead.'),
    onMenuAction: noEvents,
    onFileOpened: noEvents,
    onAppNotice: noEvents,
  };
}
