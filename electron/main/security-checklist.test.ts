import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS, eventMethodName, methodName } from '../../shared/ipc/channels';

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security,
// "Checklist: Security recommendations"), one test per item, numbered and
// named as there. Each asserts what this app's code actually does.

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
  webUtils: { getPathForFile: vi.fn(() => '') },
  BrowserWindow: class {},
}));
vi.mock('electron', () => electron);

import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { handleCall, type IpcHandlers } from './ipc-handlers';
import { denyPermissionsByDefault, hardenWebContents, isTrustedSenderUrl } from './security';
import { SECURE_WEB_PREFERENCES } from './window';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const prefs: Record<string, unknown> = SECURE_WEB_PREFERENCES;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const appSources = ['electron/main', 'electron/preload', 'renderer/src'].flatMap((d) => sources(join(root, d)));
const read = (path: string) => readFileSync(path, 'utf8');

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  const openExternal = vi.fn(async () => undefined);
  hardenWebContents(contents as unknown as WebContents, openExternal);
  const navigate = (url: string) => {
    const event = { url, preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    return event;
  };
  const windowOpen = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => { action: string };
  return { contents, openExternal, navigate, windowOpen };
}

function fakeSession() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  denyPermissionsByDefault(session as unknown as Session, null);
  const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
    c: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string },
  ) => void;
  const ask = (permission: string, url = 'app://studio/index.html'): boolean => {
    let granted = true;
    request(null, permission, (g) => (granted = g), { requestingUrl: url });
    return granted;
  };
  const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string, origin: string) => boolean;
  const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
  return { ask, check, device };
}

describe("Electron's security checklist", () => {
  it('1. Only load secure content: the app loads from its own secure scheme, and connects only to the loopback host', () => {
    expect(APP_ENTRY_URL).toBe('app://studio/index.html');
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) }),
    ]);
    // The only http allowed is this laptop's own in-process host; WebSockets also reach a room's
    // host on the network (room traffic is sealed with the room key).
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\* http:\/\/127\.0\.0\.1:\* ws: wss:;/);
    const html = read(join(root, 'renderer', 'index.html'));
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
  });

  it('2. Do not enable Node.js integration for remote content (nor for ours)', () => {
    expect(prefs['nodeIntegration']).toBe(false);
    expect(prefs['nodeIntegrationInWorker']).toBe(false);
    expect(prefs['nodeIntegrationInSubFrames']).toBe(false);
  });

  it('3. Enable context isolation', () => {
    expect(prefs['contextIsolation']).toBe(true);
  });

  it('4. Enable process sandboxing', () => {
    expect(prefs['sandbox']).toBe(true);
  });

  it('5. Handle session permission requests: denied by default, even for our own page', () => {
    const { ask, check, device } = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'fullscreen', 'display-capture']) {
      expect(ask(permission), permission).toBe(false);
      expect(check(null, permission, 'app://studio'), permission).toBe(false);
    }
    expect(ask('clipboard-sanitized-write')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(device()).toBe(false);
  });

  it('6. Do not disable webSecurity', () => {
    expect(prefs['webSecurity']).toBe(true);
  });

  it("7. Define a Content Security Policy, strict (script-src 'self', no eval, no plugins, no framing), on every response", async () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*\.|https?:\/\/\*|\s\*(\s|;|$)/);
    const response = await createAppProtocolHandler(join(root, 'does-not-exist'))(new Request('app://studio/missing.js'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(prefs['allowRunningInsecureContent']).toBe(false);
  });

  it('9. Do not enable experimental features', () => {
    expect(prefs['experimentalFeatures']).toBe(false);
  });

  it('10. Do not use enableBlinkFeatures', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    for (const file of appSources) expect(read(file), file).not.toMatch(/enableBlinkFeatures\s*:/);
  });

  it('11. Do not use allowpopups for WebViews: there are no webviews at all', () => {
    expect(prefs['webviewTag']).toBe(false);
    for (const file of appSources) expect(read(file), file).not.toMatch(/<webview|allowpopups/i);
  });

  it('12. Verify WebView options before creation: every attach is refused', () => {
    const { contents } = fakeContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('13. Disable or limit navigation: every navigation is refused', () => {
    const { navigate } = fakeContents();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://studio/other.html', 'http://127.0.0.1:5170/']) {
      expect(navigate(url).preventDefault, url).toHaveBeenCalled();
    }
    expect(prefs['navigateOnDragDrop']).toBe(false);
  });

  it('14. Disable or limit creation of new windows: every window.open is denied', () => {
    const { windowOpen } = fakeContents();
    for (const url of ['https://www.gov.uk/', 'https://evil.example/', 'app://studio/index.html', 'about:blank']) {
      expect(windowOpen({ url })).toEqual({ action: 'deny' });
    }
  });

  it('15. Do not use shell.openExternal with untrusted content: only https gov.uk links leave the app', () => {
    const { windowOpen, navigate, openExternal } = fakeContents();
    windowOpen({ url: 'https://www.gov.uk/guidance' });
    navigate('https://assets.publishing.service.gov.uk/x.pdf');
    for (const url of ['http://www.gov.uk/', 'https://gov.uk.evil.example/', 'file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'javascript:alert(1)']) {
      windowOpen({ url });
      navigate(url);
    }
    expect((openExternal.mock.calls as unknown as [string][]).map(([url]) => url)).toEqual([
      'https://www.gov.uk/guidance',
      'https://assets.publishing.service.gov.uk/x.pdf',
    ]);
    const callers = appSources.filter((f) => /openExternal\(/.test(read(f))).map((f) => f.slice(root.length + 1));
    expect(callers.sort()).toEqual(['electron/main/index.ts', 'electron/main/security.ts']);
  });

  it('16. Use a current version of Electron: 45.x, pinned exactly', () => {
    const pkg = JSON.parse(read(join(root, 'package.json'))) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['electron']).toMatch(/^45\.\d+\.\d+$/);
    const installed = JSON.parse(read(join(root, 'node_modules', 'electron', 'package.json'))) as { version: string };
    expect(installed.version).toBe(pkg.devDependencies['electron']);
  });

  it('17. Validate the sender of all IPC messages: every channel refuses a foreign frame before its handler runs', async () => {
    const handler = vi.fn();
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, handler])) as unknown as IpcHandlers;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const channel of CHANNELS) {
      for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'http://127.0.0.1:5170/', 'app://elsewhere/']) {
        const event = { senderFrame: { url } } as unknown as IpcMainInvokeEvent;
        const reply = await handleCall(channel, handlers, (u) => isTrustedSenderUrl(u, null), event, []);
        expect(reply.ok, `${channel} from ${url}`).toBe(false);
      }
    }
    expect(handler).not.toHaveBeenCalled();
    warn.mockRestore();
    // Main registers handlers only through registerIpcHandlers (which checks), never ipcMain.on/handle directly.
    const direct = appSources.filter((f) => /ipcMain\.(on|handle|handleOnce|once)\(/.test(read(f)));
    expect(direct.map((f) => f.slice(root.length + 1))).toEqual(['electron/main/ipc-handlers.ts']);
  });

  it('18. Avoid usage of the file:// protocol and prefer custom protocols', () => {
    const main = sources(join(root, 'electron', 'main')).map(read).join('\n');
    expect(main).not.toMatch(/loadFile\(|loadURL\(\s*['"`]file:/);
    expect(read(join(root, 'electron', 'main', 'index.ts'))).toMatch(/devUrl \?\? APP_ENTRY_URL/);
  });

  it('19. Check which fuses you can change: set at packaging in electron-builder.yml', () => {
    const yml = read(join(root, 'electron-builder.yml'));
    const fuses = /electronFuses:\n((?: {2}\w+: \w+\n)+)/.exec(yml)?.[1] ?? '';
    expect(Object.fromEntries(fuses.trim().split('\n').map((line) => line.trim().split(': ')))).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('20. Do not expose Electron APIs to untrusted web content: the preload exposes only contract functions', async () => {
    await import('../preload/index');
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(Object.keys(api).sort()).toEqual([...CHANNELS.map(methodName), ...EVENTS.map(eventMethodName)].sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(Object.values(electron.ipcRenderer)).not.toContain(value);
    }
    // No remote module, and nothing in the page reaches for Electron or Node.
    for (const file of appSources) {
      const text = read(file);
      expect(text, file).not.toMatch(/@electron\/remote|enableRemoteModule/);
      if (file.includes(`${join('renderer', 'src')}`)) expect(text, file).not.toMatch(/from ['"](electron|node:)/);
    }
  });
});
