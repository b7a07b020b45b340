import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { encodeWorkshopFile } from '../../shared/file/workshop-file';
import { HostStore } from '../host/store/host-store';
import { makeTempDir } from '../../test/helpers/temp-dir';
import { newWorkshop } from '../../test/helpers/workshop-doc';

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
    userDir: '/user',
  };
  const app = Object.assign(new Emitter(), {
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    getAppPath: () => '/app',
    getPath: (name: string) => `${state.userDir}/${name}`,
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
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
    webContents = Object.assign(new Emitter(), { send: vi.fn(), isDestroyed: () => false });
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
  const host = { url: 'http://127.0.0.1:40555', port: 40555, store: null as unknown, close: vi.fn(async () => undefined) };
  const startHost = vi.fn(async () => host);
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
  const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() };
  return { log, state, app, BrowserWindow, session, protocol, ipcMain, shell, host, startHost, Menu, dialog };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  session: fake.session,
  protocol: fake.protocol,
  ipcMain: fake.ipcMain,
  shell: fake.shell,
  Menu: fake.Menu,
  dialog: fake.dialog,
}));
vi.mock('../host/server', () => ({ startHost: fake.startHost }));

async function boot(): Promise<void> {
  await import('./index');
}

async function ready(): Promise<void> {
  fake.state.ready?.();
  await vi.waitFor(() => expect(fake.state.windows.length).toBeGreaterThan(0));
}

let cleanup: () => Promise<void> = async () => undefined;
let userDir: string;

beforeEach(async () => {
  ({ dir: userDir, cleanup } = await makeTempDir('main-index'));
  await mkdir(join(userDir, 'userData'));
  fake.state.userDir = userDir;
  fake.host.store = await HostStore.open(join(userDir, 'userData', 'workshops-data'));
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

afterEach(async () => {
  delete process.env['ELECTRON_RENDERER_URL'];
  await (fake.host.store as HostStore).close();
  await cleanup();
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
        dataDir: join(userDir, 'userData', 'workshops-data'),
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
    fake.app.emit('second-instance', {}, ['/app/studio'], '/');
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

  it('installs the application menu on ready', async () => {
    await boot();
    await ready();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('releases file locks and saves settings as well as closing the host on quit', async () => {
    await boot();
    await ready();
    const workshopFile = await workshopFileOnDisk();
    await send('file:openDropped', workshopFile);
    fake.app.emit('will-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(join(userDir, 'share'))).toEqual(['Session.smallchanges']);
  });
});

async function workshopFileOnDisk(name = 'Session.smallchanges'): Promise<string> {
  await mkdir(join(userDir, 'share'), { recursive: true });
  const path = join(userDir, 'share', name);
  await writeFile(path, encodeWorkshopFile(newWorkshop().doc, { workshopId: 'workshop:launched1', appVersion: '0.1.0' }));
  return path;
}

async function send(channel: string, ...args: unknown[]): Promise<{ ok: boolean; data?: unknown; error?: string }> {
  const listener = fake.ipcMain.handle.mock.calls.find(([c]) => c === channel)?.[1] as (
    event: unknown,
    ...a: unknown[]
  ) => Promise<{ ok: boolean; data?: unknown; error?: string }>;
  return listener({ senderFrame: { url: 'app://studio/index.html' } }, ...args);
}

function sent(): [string, unknown][] {
  const win = fake.state.windows[0]?.win as InstanceType<typeof fake.BrowserWindow>;
  return win.webContents.send.mock.calls as [string, unknown][];
}

describe('opening workshop files from the OS', () => {
  it('opens a file double-clicked to launch the app once the page listens, instead of the last workshop', async () => {
    const path = await workshopFileOnDisk();
    const argv = process.argv;
    process.argv = ['/app/studio', path];
    try {
      await boot();
      await ready();
    } finally {
      process.argv = argv;
    }
    await vi.waitFor(async () => expect((await (fake.host.store as HostStore).listWorkshops()).length).toBe(1));
    expect(sent()).toEqual([]);
    expect(await send('workshop:resume')).toEqual({ ok: true, data: { workshopId: null } });
    expect(sent()).toEqual([
      ['file:opened', expect.objectContaining({ status: 'opened', workshopId: 'workshop:launched1', fileName: 'Session.smallchanges' })],
    ]);
  });

  it("opens a second launch's file in the first window", async () => {
    await boot();
    await ready();
    await send('workshop:resume');
    const path = await workshopFileOnDisk();
    fake.app.emit('second-instance', {}, ['/app/studio', '--some-switch', path], '/');
    await vi.waitFor(() => expect(sent().map(([e]) => e)).toEqual(['file:opened']));
    expect(fake.state.windows).toHaveLength(1);
    expect(fake.app.addRecentDocument).toHaveBeenCalledWith(path);
  });

  it('queues macOS open-file events that arrive before ready', async () => {
    await boot();
    const path = await workshopFileOnDisk();
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, path);
    expect(event.preventDefault).toHaveBeenCalled();
    await ready();
    await send('workshop:resume');
    await vi.waitFor(() => expect(sent().map(([e]) => e)).toEqual(['file:opened']));
  });

  it('tells the page plainly when a file from the OS cannot be opened', async () => {
    await boot();
    await ready();
    await send('workshop:resume');
    await mkdir(join(userDir, 'share'), { recursive: true });
    const bad = join(userDir, 'share', 'Broken.smallchanges');
    await writeFile(bad, 'not a workshop');
    fake.app.emit('second-instance', {}, ['/app/studio', bad], '/');
    await vi.waitFor(() =>
      expect(sent()).toEqual([
        ['app:notice', { message: '“Broken.smallchanges” could not be opened. This file is not a Small Changes workshop.' }],
      ]),
    );
  });

  it('checks the path of a dropped file in main', async () => {
    await boot();
    await ready();
    expect(await send('file:openDropped', '')).toMatchObject({ ok: false });
    expect(await send('file:openDropped', '/etc/passwd')).toEqual({
      ok: false,
      error: 'Only Small Changes workshop files (ending .smallchanges) can be opened here.',
    });
    const path = await workshopFileOnDisk();
    expect(await send('file:openDropped', path)).toMatchObject({ ok: true, data: { status: 'opened' } });
  });

  it('reopens the workshop that was open when the app last stopped', async () => {
    await boot();
    await ready();
    const path = await workshopFileOnDisk();
    await send('file:openDropped', path);
    await send('workshop:active', 'workshop:launched1');
    // A crash: nothing is closed. The next run starts from the same user data.
    vi.resetModules();
    fake.app.removeAllListeners();
    fake.state.windows.length = 0;
    await boot();
    await ready();
    expect(await send('workshop:resume')).toEqual({ ok: true, data: { workshopId: 'workshop:launched1' } });
  });

  it('opens a file from Open Recent, and drops one that has gone from the list, saying so', async () => {
    await boot();
    await ready();
    await send('workshop:resume');
    const path = await workshopFileOnDisk();
    await send('file:openDropped', path);
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const recentItems = (): Item[] => {
      const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Item[];
      const file = template.find((m) => m.label?.replace('&', '') === 'File' || m.label === 'File');
      return file?.submenu?.find((i) => /Open (R|r)ecent/.test(i.label?.replace('&', '') ?? ''))?.submenu ?? [];
    };
    await vi.waitFor(() => expect(recentItems()[0]?.label).toMatch(/Session\.smallchanges$/));
    const { rm } = await import('node:fs/promises');
    await rm(path);
    recentItems()[0]?.click?.();
    await vi.waitFor(() =>
      expect(sent()).toContainEqual(['app:notice', { message: '“Session.smallchanges” is no longer there. It may have been moved, renamed or deleted.' }]),
    );
    await vi.waitFor(() => expect(recentItems()).toEqual([{ label: 'No recent files', enabled: false }]));
  });
});
