import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, DROPPED_FILE_CHANNELS, EVENTS, eventMethodName, methodName } from '../../shared/ipc/channels';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, data: { channel, args } })),
    send: vi.fn(),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
  webUtils: { getPathForFile: vi.fn((file: { fake?: string }) => file.fake ?? '') },
}));
vi.mock('electron', () => electron);

async function exposed(): Promise<{ name: unknown; api: Record<string, unknown> }> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [unknown, Record<string, unknown>];
  return { name, api };
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

const ordinary = CHANNELS.filter((c) => !(DROPPED_FILE_CHANNELS as readonly string[]).includes(c));

describe('the preload', () => {
  it('exposes window.studio with exactly one function per contract channel and event', async () => {
    const { name, api } = await exposed();
    expect(name).toBe('studio');
    expect(Object.keys(api).sort()).toEqual([...CHANNELS.map(methodName), ...EVENTS.map(eventMethodName)].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer, webUtils or their methods', async () => {
    const { api } = await exposed();
    const values = Object.values(api);
    for (const forbidden of [
      electron.ipcRenderer,
      electron.ipcRenderer.invoke,
      electron.ipcRenderer.send,
      electron.ipcRenderer.on,
      electron.ipcRenderer.removeListener,
      electron.webUtils.getPathForFile,
    ]) {
      expect(values).not.toContain(forbidden);
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each function to its own channel with the arguments given', async () => {
    const { api } = await exposed();
    for (const channel of ordinary) {
      const call = api[methodName(channel)] as (...args: unknown[]) => Promise<unknown>;
      await expect(call('a', 1)).resolves.toEqual({ ok: true, data: { channel, args: ['a', 1] } });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, 'a', 1);
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(ordinary.length);
  });

  it("sends a dropped file's path, never the File, and only its first argument", async () => {
    const { api } = await exposed();
    const openDropped = api['fileOpenDropped'] as (...args: unknown[]) => Promise<unknown>;
    await openDropped({ fake: '/home/sam/Workshop.smallchanges' }, 'extra');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('file:openDropped', '/home/sam/Workshop.smallchanges');
    electron.webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    await openDropped('not a file');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('file:openDropped', '');
  });

  it('subscribes to an event, hands the callback only the payload, and unsubscribes', async () => {
    const { api } = await exposed();
    const seen: unknown[] = [];
    const off = (api['onMenuAction'] as (cb: (p: unknown) => void) => () => void)((payload) => seen.push(payload));
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith('menu:action', expect.any(Function));
    const listener = electron.ipcRenderer.on.mock.calls[0]?.[1] as (event: unknown, payload: unknown) => void;
    listener({ sender: 'the IPC event, which the page must not get' }, { action: 'file.save' });
    expect(seen).toEqual([{ action: 'file.save' }]);
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:action', listener);
  });

  it('refuses a subscriber that is not a function', async () => {
    const { api } = await exposed();
    expect(() => (api['onAppNotice'] as (cb: unknown) => void)('nope')).toThrow('onAppNotice needs a function.');
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
