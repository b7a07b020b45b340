import type { IpcHandlers } from './ipc-handlers';

// The handlers behind the app:* channels. They take what they need as
// arguments so tests can call them without Electron.

export interface AppHandlerDeps {
  readonly name: string;
  readonly version: string;
  readonly versions: Readonly<Partial<Record<'electron' | 'chrome' | 'node', string>>>;
  /** Resolves to the running in-process host, or rejects saying why there is none. */
  readonly host: () => Promise<{ readonly url: string }>;
}

export function createAppHandlers(deps: AppHandlerDeps): Pick<IpcHandlers, 'app:version' | 'app:hostInfo'> {
  return {
    'app:version': () => ({
      name: deps.name,
      version: deps.version,
      electron: deps.versions.electron ?? null,
      chrome: deps.versions.chrome ?? null,
      node: deps.versions.node ?? null,
    }),
    'app:hostInfo': async () => {
      const host = await deps.host();
      return { url: host.url };
    },
  };
}
