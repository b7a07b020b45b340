// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudioApi } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/envelope';
import { BUILT_APP, createBrowserFallback } from './browser-fallback';
import { createStudioClient, wrapBridge } from './client';

const version = { name: 'Small Changes Studio', version: '0.1.0', electron: '45.4.1', chrome: '142.0.0.0', node: '22.20.0' };

function bridge(overrides: Partial<Record<keyof StudioApi, (...args: unknown[]) => Promise<unknown>>>): StudioApi {
  return {
    appVersion: async () => ok(version),
    appHostInfo: async () => ok({ url: 'http://127.0.0.1:40000' }),
    ...overrides,
  } as unknown as StudioApi;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('wrapBridge', () => {
  it('passes a good reply through', async () => {
    const api = wrapBridge(bridge({}));
    expect(await api.appVersion()).toEqual(ok(version));
    expect(await api.appHostInfo()).toEqual(ok({ url: 'http://127.0.0.1:40000' }));
  });

  it('passes an error reply through', async () => {
    const api = wrapBridge(bridge({ appHostInfo: async () => fail('The workshop host is not running: disk full') }));
    expect(await api.appHostInfo()).toEqual(fail('The workshop host is not running: disk full'));
  });

  it('turns a reply that breaks the contract into an error', async () => {
    const api = wrapBridge(bridge({ appVersion: async () => ok({ name: 'x' }) }));
    const reply = await api.appVersion();
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Unexpected result from app:version/);
  });

  it('turns a rejected call into an error instead of throwing', async () => {
    const api = wrapBridge(bridge({ appVersion: () => Promise.reject(new Error("No handler registered for 'app:version'")) }));
    expect(await api.appVersion()).toEqual(fail("No handler registered for 'app:version'"));
  });

  it('says so when the bridge lacks a channel', async () => {
    const partial = { appVersion: async () => ok(version) } as unknown as StudioApi;
    expect(await wrapBridge(partial).appHostInfo()).toEqual(
      fail('The desktop app does not offer app:hostInfo. Is it up to date?'),
    );
  });
});

describe('the browser fallback', () => {
  const chromeUa =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

  it('gives the built version and the browser, with no Electron or Node', async () => {
    const api = createBrowserFallback({ location: { protocol: 'http:', origin: 'http://192.168.1.20:8080' }, userAgent: chromeUa });
    expect(await api.appVersion()).toEqual(
      ok({ name: BUILT_APP.name, version: BUILT_APP.version, electron: null, chrome: '142.0.0.0', node: null }),
    );
    expect(BUILT_APP.name).toBe('Small Changes Studio');
  });

  it('reports no Chrome version for other browsers', async () => {
    const api = createBrowserFallback({ location: { protocol: 'https:', origin: 'https://x' }, userAgent: 'Mozilla/5.0 Firefox/140.0' });
    const reply = await api.appVersion();
    expect(reply.ok && reply.data.chrome).toBe(null);
  });

  it('takes the host to be the page origin when served over http', async () => {
    const api = createBrowserFallback({ location: { protocol: 'http:', origin: 'http://192.168.1.20:8080' }, userAgent: chromeUa });
    expect(await api.appHostInfo()).toEqual(ok({ url: 'http://192.168.1.20:8080' }));
  });

  it('says there is no host when the page was not served by one', async () => {
    const api = createBrowserFallback({ location: { protocol: 'file:', origin: 'null' }, userAgent: chromeUa });
    expect(await api.appHostInfo()).toEqual(
      fail('This page was not served by a workshop host, so there is no host to connect to.'),
    );
  });
});

describe('createStudioClient', () => {
  it('uses the bridge when there is one, else the fallback', async () => {
    const fallback = vi.fn(() => bridge({ appHostInfo: async () => ok({ url: 'http://fallback:1' }) }));
    expect(await createStudioClient(bridge({}), fallback).appHostInfo()).toEqual(ok({ url: 'http://127.0.0.1:40000' }));
    expect(fallback).not.toHaveBeenCalled();
    expect(await createStudioClient(undefined, fallback).appHostInfo()).toEqual(ok({ url: 'http://fallback:1' }));
  });
});

describe('hostInfo and appVersion', () => {
  it('read window.studio inside the desktop app', async () => {
    Object.defineProperty(window, 'studio', { value: bridge({}), configurable: true });
    try {
      const client = await import('./client');
      expect(client.isDesktopApp()).toBe(true);
      expect(await client.hostInfo()).toEqual({ url: 'http://127.0.0.1:40000' });
      expect(await client.appVersion()).toEqual(version);
    } finally {
      Reflect.deleteProperty(window, 'studio');
    }
  });

  it('give null and warn when the call fails', async () => {
    Object.defineProperty(window, 'studio', {
      value: bridge({ appHostInfo: async () => fail('The workshop host is not running: port in use') }),
      configurable: true,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const client = await import('./client');
      expect(await client.hostInfo()).toBe(null);
      expect(warn).toHaveBeenCalledWith('[ipc] app:hostInfo: The workshop host is not running: port in use');
    } finally {
      Reflect.deleteProperty(window, 'studio');
    }
  });

  it('fall back to the browser without window.studio', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('http://192.168.1.20:8080/board');
    const client = await import('./client');
    expect(client.isDesktopApp()).toBe(false);
    expect(await client.hostInfo()).toEqual({ url: 'http://192.168.1.20:8080' });
    expect((await client.appVersion())?.electron).toBe(null);
  });
});

describe('events from main', () => {
  it('hands a listener only payloads that fit the contract', () => {
    let deliver: (payload: unknown) => void = () => undefined;
    const off = vi.fn();
    const api = wrapBridge({
      ...bridge({}),
      onMenuAction: (listener: (payload: unknown) => void) => {
        deliver = listener;
        return off;
      },
    } as unknown as StudioApi);
    const seen: unknown[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const unsubscribe = api.onMenuAction((payload) => seen.push(payload));
    deliver({ action: 'file.save' });
    deliver({ action: 'format-disk' });
    deliver('nonsense');
    expect(seen).toEqual([{ action: 'file.save' }]);
    expect(warn).toHaveBeenCalledTimes(2);
    unsubscribe();
    expect(off).toHaveBeenCalled();
  });

  it('subscribes to nothing, quietly, when an older app lacks the event', () => {
    const api = wrapBridge(bridge({}));
    expect(() => api.onFileOpened(() => undefined)()).not.toThrow();
  });

  it('passes a dropped file to the bridge as it is (the preload turns it into a path)', async () => {
    const openDropped = vi.fn(async () => ok({ status: 'canceled' }));
    const api = wrapBridge(bridge({ fileOpenDropped: openDropped }));
    const file = new File([new Uint8Array([1])], 'w.smallchanges');
    expect(await api.fileOpenDropped(file)).toEqual(ok({ status: 'canceled' }));
    expect(openDropped).toHaveBeenCalledWith(file);
  });
});

describe('the browser fallback for files and settings', () => {
  const env = () => {
    const items = new Map<string, string>();
    return {
      location: { protocol: 'http:', origin: 'http://127.0.0.1:5170' },
      userAgent: 'x',
      storage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) },
      items,
    };
  };

  it('keeps preferences in storage, checked', async () => {
    const e = env();
    const api = createBrowserFallback(e);
    expect(await api.settingsGet()).toEqual(ok({ preferences: { displayName: '', defaultRole: 'practitioner', retentionDays: 90 }, notice: null }));
    expect(await api.settingsSet({ displayName: 'Kim', defaultRole: 'leader' })).toEqual(
      ok({ displayName: 'Kim', defaultRole: 'leader', retentionDays: 90 }),
    );
    expect((await api.settingsSet({ retentionDays: -1 })).ok).toBe(false);
    expect(await api.settingsGet()).toMatchObject({ ok: true, data: { preferences: { displayName: 'Kim' } } });
  });

  it('uses the defaults, and says so, when stored preferences are damaged', async () => {
    const e = env();
    e.items.set('small-changes:preferences', '{"displayName": 7');
    const reply = await createBrowserFallback(e).settingsGet();
    expect(reply).toEqual(ok({
      preferences: { displayName: '', defaultRole: 'practitioner', retentionDays: 90 },
      notice: 'Your saved settings were damaged, so the defaults are in use.',
    }));
    expect(e.items.get('small-changes:preferences.damaged')).toBe('{"displayName": 7');
  });

  it('refuses a dropped file that is not a workshop file, or is damaged, with a plain message', async () => {
    const api = createBrowserFallback(env());
    expect(await api.fileOpenDropped(new File(['x'], 'notes.txt'))).toEqual(
      fail('Only Small Changes workshop files (ending .smallchanges) can be opened here.'),
    );
    expect(await api.fileOpenDropped(new File(['not a workshop'], 'w.smallchanges'))).toEqual(
      fail('“w.smallchanges” could not be opened. This file is not a Small Changes workshop.'),
    );
    expect(await api.fileOpenDropped(new File([], 'empty.smallchanges'))).toEqual(
      fail('“empty.smallchanges” could not be opened. This file is empty: there is no workshop in it.'),
    );
  });

  it('has nothing of the host’s to offer for deletion, and does not pretend to delete', async () => {
    const api = createBrowserFallback(env());
    expect(await api.retentionList()).toEqual(ok({ days: 90, workshops: [] }));
    expect((await api.retentionDelete(['workshop:x'])).ok).toBe(false);
    expect(await api.workshopResume()).toEqual(ok({ workshopId: null }));
  });
});
