import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; instance: FakeWindow }[] = [];
  const state = { load: (): Promise<void> => Promise.resolve() };
  class FakeWindow {
    listeners = new Map<string, () => void>();
    loadURL = vi.fn((_url: string) => state.load());
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, instance: this });
    }
    once(event: string, fn: () => void) {
      this.listeners.set(event, fn);
      return this;
    }
  }
  return { created, state, BrowserWindow: FakeWindow };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

import { createMainWindow, SECURE_WEB_PREFERENCES } from './window';

beforeEach(() => {
  electron.created.length = 0;
  electron.state.load = () => Promise.resolve();
});

describe('createMainWindow', () => {
  it('creates the window with the secure web preferences and our preload', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', url: 'app://studio/index.html' });
    expect(electron.created).toHaveLength(1);
    const prefs = electron.created[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/out/preload/index.cjs' });
  });

  it('loads the given URL and shows the window once it is ready', () => {
    createMainWindow({ preload: '/p.cjs', url: 'app://studio/index.html' });
    const entry = electron.created[0];
    expect(entry?.options['show']).toBe(false);
    expect(entry?.instance.loadURL).toHaveBeenCalledWith('app://studio/index.html');
    entry?.instance.listeners.get('ready-to-show')?.();
    expect(entry?.instance.show).toHaveBeenCalled();
  });

  it('logs a clear message when the page cannot load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.state.load = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    createMainWindow({ preload: '/p.cjs', url: 'app://studio/index.html' });
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(
        '[window] could not load app://studio/index.html. Has the renderer been built (npm run build)?',
        expect.objectContaining({ message: 'ERR_FILE_NOT_FOUND' }),
      ),
    );
    error.mockRestore();
  });
});
