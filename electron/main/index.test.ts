import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';

// Drives electron/main/index.ts against a fake Electron: the real binary is
// not available here, and the wiring is what this file is about.

const fake = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const log: string[] = [];
  const state = {
    packaged: false,
    lock: true,
    ready: null as null | (() => void),
    windows: [] as { options: Record<string, unknown>; url: string; win: unknown }[],
  };
  const app = Object.assign(new Emitter(), {
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    getAppPath: () => '/app',
    getPath: (name: string) => `/user/${name}`,
    getName: () => 'Small Changes Studio',
    getVersion: () => '0.1.0',
    whenReady: () =>
      new Promise<void>((resolve) => {
        state.ready = () => {
          log.push('ready');
          resolve();
        };
      }),
  });
  Object.defineProperty(app, 'isPackaged', { get: () => state.packaged });
  class BrowserWindow {
    static getAllWindows = () => state.windows.map((w) => w.win);
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    focus = vi.fn();
    on = vi.fn();
    once = vi.fn();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      state.windows.push({ options, url: '', win: this });
    }
    loadURL = vi.fn(async (url: string) => {
      const entry = state.windows.find((w) => w.win === this);
      if (entry) entry.url = url;
    });
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    },
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => log.push('registerSchemesAsPrivileged')),
    handle: vi.fn(),
  };
  const ipcMain = { handle: vi.fn() };
  const shell = { openExternal: vi.fn(async () => undefined) };
  const host = { url: 'http://127.0.0.1:40555', port: 40555, close: vi.fn(async () => undefined) };
  const startHost = vi.fn(async () => host);
  return { log, state, app, BrowserWindow, session, protocol, ipcMain, shell, host, startHost };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  session: fake.session,
  protocol: fake.protocol,
  ipcMain: fake.ipcMain,
  shell: fake.shell,
}));
vi.mock('../host/server', () => ({ startHost: fake.startHost }));

async function boot(): Promise<void> {
  await import('./index');
}

async function ready(): Promise<void> {
  fake.state.ready?.();
  await vi.waitFor(() => expect(fake.state.windows.length).toBeGreaterThan(0));
}

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  fake.log.length = 0;
  fake.state.windows.length = 0;
  fake.state.packaged = false;
  fake.state.lock = true;
  fake.state.ready = null;
  fake.app.removeAllListeners();
  delete process.env['ELECTRON_RENDERER_URL'];
});

afterEach(() => {
  delete process.env['ELECTRON_RENDERER_URL'];
});

describe('the main process', () => {
  it('shows LAN addresses to WebRTC and registers the app scheme before ready', async () => {
    await boot();
    await ready();
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-features', 'WebRtcHideLocalIpsWithMdns');
    expect(fake.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.log.indexOf('ready'));
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.state.lock = false;
    await boot();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.state.ready).toBe(null);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('on ready: denies permissions, serves the app scheme, starts the host, registers IPC, opens the window', async () => {
    await boot();
    await ready();
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.startHost).toHaveBeenCalledWith(
      expect.objectContaining({
        host: '127.0.0.1',
        port: 0,
        dataDir: join('/user/userData', 'workshops-data'),
        staticDir: join('/app', 'out', 'renderer'),
      }),
    );
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual([...CHANNELS]);
    const [window] = fake.state.windows;
    expect(window?.url).toBe('app://studio/index.html');
    expect(window?.options['webPreferences']).toMatchObject({
      preload: join('/app', 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('answers app:hostInfo with the in-process host URL', async () => {
    await boot();
    await ready();
    const listener = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:hostInfo')?.[1] as (
      event: unknown,
    ) => Promise<unknown>;
    await expect(listener({ senderFrame: { url: 'app://studio/index.html' } })).resolves.toEqual({
      ok: true,
      data: { url: 'http://127.0.0.1:40555' },
    });
  });

  it('loads the dev server in development and trusts only it besides the app', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    await boot();
    await ready();
    expect(fake.state.windows[0]?.url).toBe('http://localhost:5173');
    const listener = fake.ipcMain.handle.mock.calls[0]?.[1] as (event: unknown) => Promise<{ ok: boolean }>;
    expect((await listener({ senderFrame: { url: 'http://localhost:5173/' } })).ok).toBe(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await listener({ senderFrame: { url: 'http://localhost:5174/' } })).ok).toBe(false);
    warn.mockRestore();
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'https://evil.example/';
    fake.state.packaged = true;
    await boot();
    await ready();
    expect(fake.state.windows[0]?.url).toBe('app://studio/index.html');
  });

  it('focuses the existing window when a second instance starts', async () => {
    await boot();
    await ready();
    fake.app.emit('second-instance');
    const win = fake.state.windows[0]?.win as InstanceType<typeof fake.BrowserWindow>;
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(1);
  });

  it('hardens every web contents as it is created', async () => {
    await boot();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('closes the host before quitting', async () => {
    await boot();
    await ready();
    const event = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(fake.host.close).toHaveBeenCalled();
    const second = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
