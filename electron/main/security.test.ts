import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import {
  denyPermissionsByDefault,
  hardenWebContents,
  isAllowedExternalUrl,
  isPermissionGranted,
  isTrustedSenderUrl,
} from './security';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
    'https://gov.uk/',
    'https://www.legislation.gov.uk/ukpga/1989/41',
    'https://assets.publishing.service.gov.uk/media/x.pdf',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://www.gov.uk/',
    'https://evilgov.uk/',
    'https://gov.uk.evil.example/',
    'https://www.gov.uk@evil.example/',
    'https://user:pass@www.gov.uk/',
    'https://www.gov.uk:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://studio/index.html',
    'smb://gov.uk/share',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts the app origin', () => {
    expect(isTrustedSenderUrl('app://studio/index.html', null)).toBe(true);
    expect(isTrustedSenderUrl('app://studio/workshop/1#x', null)).toBe(true);
  });

  it('trusts the dev server only when one is set', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/', null)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'app://other/index.html',
    'file:///work/out/renderer/index.html',
    'http://127.0.0.1:40000/',
    'about:blank',
    '',
    'garbage',
  ])('rejects a foreign frame at %s', (url) => {
    expect(isTrustedSenderUrl(url, 'http://localhost:5173')).toBe(false);
  });
});

describe('permissions', () => {
  function fakeSession() {
    const handlers: {
      request?: (wc: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
      check?: (wc: unknown, permission: string, origin: string) => boolean;
      device?: () => boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (fn: typeof handlers.request) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: typeof handlers.check) => (handlers.check = fn),
      setDevicePermissionHandler: (fn: typeof handlers.device) => (handlers.device = fn),
    };
    denyPermissionsByDefault(session as unknown as Session, null);
    return handlers;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown'])(
    'denies a request for %s, even from the app',
    (permission) => {
      const { request, check } = fakeSession();
      const callback = vi.fn();
      request?.(null, permission, callback, { requestingUrl: 'app://studio/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.(null, permission, 'app://studio')).toBe(false);
    },
  );

  it('grants the few harmless ones only to the app itself', () => {
    const { request, check } = fakeSession();
    const callback = vi.fn();
    request?.(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://studio/index.html' });
    expect(callback).toHaveBeenCalledWith(true);
    expect(check?.(null, 'loopback-network', 'app://studio')).toBe(true);
    expect(check?.(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(isPermissionGranted('local-network-access', 'https://evil.example/', null)).toBe(false);
  });

  it('denies device access', () => {
    expect(fakeSession().device?.()).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (fn: typeof openHandler) => {
        openHandler = fn;
      },
    });
    const openExternal = vi.fn(async (_url: string) => undefined);
    hardenWebContents(contents as unknown as WebContents, openExternal);
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      emitter.emit('will-navigate', event);
      return event;
    };
    return { emitter, openExternal, navigate, open: (url: string) => openHandler?.({ url }) };
  }

  it('stops every navigation, even to the app itself', () => {
    const { navigate, openExternal } = fakeContents();
    for (const url of ['https://evil.example/', 'app://studio/other.html', 'file:///etc/passwd']) {
      expect(navigate(url).preventDefault).toHaveBeenCalled();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens an allowlisted link in the browser instead of navigating', () => {
    const { navigate, openExternal } = fakeContents();
    expect(navigate('https://www.gov.uk/').preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
  });

  it('denies every new window, opening only allowlisted links outside', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('https://www.gov.uk/guidance')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.uk/guidance');
  });

  it('refuses to attach a webview', () => {
    const { emitter } = fakeContents();
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('logs rather than throws when the browser cannot be opened', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    hardenWebContents(contents as unknown as WebContents, () => Promise.reject(new Error('no browser')));
    contents.emit('will-navigate', { url: 'https://www.gov.uk/', preventDefault: vi.fn() });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    error.mockRestore();
  });
});
