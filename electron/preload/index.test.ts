import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, methodName } from '../../shared/ipc/channels';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, data: { channel, args } })),
    send: vi.fn(),
    on: vi.fn(),
  },
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
});

describe('the preload', () => {
  it('exposes window.studio with exactly one function per contract channel', async () => {
    const { name, api } = await exposed();
    expect(name).toBe('studio');
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(methodName).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', async () => {
    const { api } = await exposed();
    const values = Object.values(api);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(values).not.toContain(electron.ipcRenderer.send);
    expect(values).not.toContain(electron.ipcRenderer.on);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each function to its own channel with the arguments given', async () => {
    const { api } = await exposed();
    for (const channel of CHANNELS) {
      const call = api[methodName(channel)] as (...args: unknown[]) => Promise<unknown>;
      await expect(call('a', 1)).resolves.toEqual({ ok: true, data: { channel, args: ['a', 1] } });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, 'a', 1);
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });
});
