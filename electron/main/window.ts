import { BrowserWindow, type WebPreferences } from 'electron';

/** The renderer gets no Node, its own JS world, the OS sandbox and web security. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  experimentalFeatures: false,
  spellcheck: true,
} as const satisfies WebPreferences;

export interface MainWindowOptions {
  /** Absolute path of the built preload script. */
  readonly preload: string;
  /** app://studio/index.html, or the dev server's URL in development. */
  readonly url: string;
}

export function createMainWindow({ preload, url }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Small Changes Studio',
    backgroundColor: '#f6f7f5',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(url).catch((err: unknown) => {
    console.error(`[window] could not load ${url}. Has the renderer been built (npm run build)?`, err);
  });
  return win;
}
