import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { fail, ok } from '../../shared/ipc/envelope';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import { createAppHandlers } from './app-handlers';
import { handleCall, registerIpcHandlers, type IpcHandlers } from './ipc-handlers';
import { isTrustedSenderUrl } from './security';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const version = { name: 'Small Changes Studio', version: '0.1.0', electron: '45.4.1', chrome: '142.0.7444.0', node: '22.20.0' };

// The file and settings channels have their own tests; here they only need to exist.
const unused = Object.fromEntries(
  CHANNELS.map((channel) => [channel, () => Promise.reject(new Error(`${channel} is not used in this test`))]),
) as unknown as IpcHandlers;

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    ...unused,
    'app:version': () => version,
    'app:hostInfo': async () => ({ url: 'http://127.0.0.1:40123' }),
    ...overrides,
  };
}

function register(h: IpcHandlers = handlers()) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, fn: Listener) => void listeners.set(channel, fn)) };
  registerIpcHandlers(ipcMain, h, (url) => isTrustedSenderUrl(url, null));
  const call = (channel: string, senderUrl: string | null, ...args: unknown[]) => {
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } } as unknown as IpcMainInvokeEvent;
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { ipcMain, call };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { ipcMain } = register();
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual([...CHANNELS]);
  });

  it('answers the app with an ok envelope', async () => {
    const { call } = register();
    expect(await call('app:version', 'app://studio/index.html')).toEqual(ok(version));
    expect(await call('app:hostInfo', 'app://studio/index.html')).toEqual(ok({ url: 'http://127.0.0.1:40123' }));
  });

  it('refuses a foreign frame without running the handler', async () => {
    const spy = vi.fn(() => version);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { call } = register(handlers({ 'app:version': spy }));
    for (const sender of ['https://evil.example/', 'file:///tmp/x.html', null]) {
      expect(await call('app:version', sender)).toEqual(
        fail('Refused app:version: the request did not come from the Small Changes Studio window.'),
      );
    }
    expect(spy).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses bad arguments without running the handler', async () => {
    const spy = vi.fn(() => version);
    const { call } = register(handlers({ 'app:version': spy }));
    expect(await call('app:version', 'app://studio/', 'extra', 2)).toEqual(
      fail('app:version takes no arguments but was given 2.'),
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns a thrown error into an error envelope', async () => {
    const { call } = register(
      handlers({ 'app:hostInfo': () => Promise.reject(new Error('The workshop host is not running: port in use')) }),
    );
    expect(await call('app:hostInfo', 'app://studio/')).toEqual(fail('The workshop host is not running: port in use'));
  });

  it('refuses to send a result that breaks the contract', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call } = register(handlers({ 'app:hostInfo': () => ({ url: 'ftp://x' }) }));
    const reply = (await call('app:hostInfo', 'app://studio/')) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^Unexpected result from app:hostInfo/);
    error.mockRestore();
  });

  it('copes with a frame that is gone', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    } as unknown as IpcMainInvokeEvent;
    const reply = await handleCall('app:version', handlers(), () => true, event, []);
    expect(reply.ok).toBe(false);
    warn.mockRestore();
  });
});

describe('createAppHandlers', () => {
  it('reports the app and runtime versions', async () => {
    const h = createAppHandlers({
      name: 'Small Changes Studio',
      version: '0.1.0',
      versions: { electron: '45.4.1', chrome: '142.0.7444.0', node: '22.20.0' },
      host: async () => ({ url: 'http://127.0.0.1:1' }),
    });
    expect(await h['app:version']()).toEqual(version);
  });

  it('reports the host URL, or why there is none', async () => {
    const up = createAppHandlers({ name: 'a', version: '1', versions: {}, host: async () => ({ url: 'http://127.0.0.1:5' }) });
    expect(await up['app:hostInfo']()).toEqual({ url: 'http://127.0.0.1:5' });
    const down = createAppHandlers({
      name: 'a',
      version: '1',
      versions: {},
      host: () => Promise.reject(new Error('The workshop host is not running: disk full')),
    });
    await expect(down['app:hostInfo']()).rejects.toThrow('The workshop host is not running: disk full');
  });
});
