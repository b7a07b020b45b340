import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { createAppHandlers } from './app-handlers';
import { APP_ENTRY_URL, registerAppScheme, serveAppProtocol } from './app-protocol';
import { hostOrReason, startInProcessHost } from './in-process-host';
import { registerIpcHandlers } from './ipc-handlers';
import { denyPermissionsByDefault, hardenWebContents, isTrustedSenderUrl } from './security';
import { createMainWindow } from './window';

// Wiring only: each piece lives in its own module. Everything up to the
// ready event must run synchronously here, before any await.

// y-webrtc peers on the LAN must see each other's real addresses, not mDNS names.
app.commandLine.appendSwitch('disable-features', 'WebRtcHideLocalIpsWithMdns');
registerAppScheme();

// electron-vite sets this in `npm run dev`; a packaged app never honours it,
// so nobody can point the window (and its preload) at another page.
const devUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const appDir = app.getAppPath();
  const rendererDir = join(appDir, 'out', 'renderer');
  const preload = join(appDir, 'out', 'preload', 'index.cjs');
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    mainWindow = createMainWindow({ preload, url: devUrl ?? APP_ENTRY_URL });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => shell.openExternal(url));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      denyPermissionsByDefault(session.defaultSession, devUrl);
      serveAppProtocol(rendererDir);

      const starting = startInProcessHost({
        userDataDir: app.getPath('userData'),
        staticDir: rendererDir,
        devOrigin: devUrl === null ? null : new URL(devUrl).origin,
      });
      const host = hostOrReason(starting);
      registerIpcHandlers(
        ipcMain,
        createAppHandlers({ name: app.getName(), version: app.getVersion(), versions: process.versions, host }),
        (senderUrl) => isTrustedSenderUrl(senderUrl, devUrl),
      );

      // Close the host (flushing its store) before the process exits.
      let hostClosed = false;
      app.on('will-quit', (event) => {
        if (hostClosed) return;
        event.preventDefault();
        host()
          .then(
            (running) => running.close().catch((err: unknown) => console.error('[host] closing:', err)),
            () => undefined, // it never started: nothing to close
          )
          .finally(() => {
            hostClosed = true;
            app.quit();
          });
      });

      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((err: unknown) => {
      console.error('[main] start-up failed:', err);
      app.exit(1);
    });
}
