import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { hostname, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { errorMessage } from '../../shared/ipc/envelope';
import { createAppHandlers } from './app-handlers';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme, serveAppProtocol } from './app-protocol';
import { createFileHandlers } from './file-handlers';
import { exportSaveDialog } from './export/export-dialog';
import { createExportHandlers } from './export/export-handlers';
import { printRouteUrl, printToPdf } from './export/print-pdf';
import { writeFileAtomically } from './files/atomic-write';
import { electronDialogs } from './files/electron-dialogs';
import { FileController } from './files/file-controller';
import { FileProblem } from './files/file-errors';
import { isWorkshopFilePath, workshopFileInArgv } from './files/launch-paths';
import { hostOrReason, startInProcessHost } from './in-process-host';
import { LanRoomHost } from './lan-room-host';
import { createRoomHandlers } from './room-handlers';
import { registerIpcHandlers } from './ipc-handlers';
import { installMenu } from './menu';
import { RendererEvents } from './renderer-events';
import { denyPermissionsByDefault, hardenWebContents, isTrustedSenderUrl } from './security';
import { Settings } from './settings';
import { createMainWindow } from './window';

/** The OS login name, for "open by …" when no display name is set (some systems have none to give). */
function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

// Wiring only: each piece lives in its own module. Everything up to the
// ready event must run synchronously here, before any await.

// y-webrtc peers on the LAN must see each other's real addresses, not mDNS names.
app.commandLine.appendSwitch('disable-features', 'WebRtcHideLocalIpsWithMdns');
registerAppScheme();

// electron-vite sets this in `npm run dev`; a packaged app never honours it,
// so nobody can point the window (and its preload) at another page.
const devUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;

if (!app.requestSingleInstanceLock()) {
  // Another instance runs: it receives our argv (and so any double-clicked
  // file) through its second-instance event.
  app.quit();
} else {
  const appDir = app.getAppPath();
  const rendererDir = join(appDir, 'out', 'renderer');
  const preload = join(appDir, 'out', 'preload', 'index.cjs');
  let mainWindow: BrowserWindow | null = null;
  const events = new RendererEvents(() => mainWindow?.webContents ?? null);

  // Files the OS asks us to open before we are ready to (macOS sends
  // open-file before ready when a double-click launches the app).
  const waitingPaths: string[] = [];
  let openRequested: (path: string) => Promise<void> = async (path) => void waitingPaths.push(path);
  let launchOpened: Promise<unknown> = Promise.resolve();

  const showWindow = (): void => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  const openWindow = (): void => {
    mainWindow = createMainWindow({ preload, url: devUrl ?? APP_ENTRY_URL });
    mainWindow.webContents.on('did-start-loading', () => events.reset());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openRequested(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    const path = workshopFileInArgv(argv, workingDirectory);
    if (path !== null) void openRequested(path);
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => shell.openExternal(url));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      denyPermissionsByDefault(session.defaultSession, devUrl);
      serveAppProtocol(rendererDir);

      const userData = app.getPath('userData');
      const starting = startInProcessHost({
        userDataDir: userData,
        staticDir: rendererDir,
        devOrigin: devUrl === null ? null : new URL(devUrl).origin,
      });
      const host = hostOrReason(starting);
      // The room, on this laptop's network address, started when a room is first opened.
      const rooms = new LanRoomHost({
        userDataDir: userData,
        staticDir: rendererDir,
        allowedOrigins: devUrl === null ? [APP_ORIGIN] : [APP_ORIGIN, new URL(devUrl).origin],
        log: (message) => console.error(`[room host] ${message}`),
      });
      const store = async () => (await host()).store;
      const settings = await Settings.load(userData);
      let activeWorkshop: string | null = null;

      const refreshMenu = (): void => {
        installMenu({
          platform: process.platform,
          appName: app.getName(),
          recentFiles: settings.recentFiles,
          canSave: activeWorkshop !== null,
          developer: !app.isPackaged,
          run: (action) => events.send('menu:action', { action }),
          openRecent: (path) => void openRequested(path),
          clearRecent: () => {
            app.clearRecentDocuments();
            void settings.clearRecentFiles().finally(refreshMenu);
          },
        });
      };

      const files = new FileController({
        store,
        settings,
        dialogs: electronDialogs(() => mainWindow),
        owner: () => ({ name: settings.preferences.displayName || loginName(), host: hostname(), pid: process.pid }),
        documentsDir: app.getPath('documents'),
        onRecentOpened: (path) => {
          app.addRecentDocument(path);
          refreshMenu();
        },
      });

      // A file from the OS (double-click, a second launch, Open Recent):
      // open it, then tell the window to show it, or why it could not.
      openRequested = async (path) => {
        if (!isWorkshopFilePath(path)) return;
        showWindow();
        await files.openPath(path).then(
          (outcome) => {
            if (outcome.status === 'opened') events.send('file:opened', outcome);
          },
          (err: unknown) => {
            events.send('app:notice', { message: errorMessage(err) });
            // A recent file that has gone leaves the list.
            if (err instanceof FileProblem && err.code === 'ENOENT') {
              void settings.removeRecentFile(path).finally(refreshMenu);
            }
          },
        );
      };

      registerIpcHandlers(
        ipcMain,
        {
          ...createAppHandlers({ name: app.getName(), version: app.getVersion(), versions: process.versions, host }),
          ...createFileHandlers({
            files,
            settings,
            events,
            launchOpened: () => launchOpened,
            retention: { store, settings, activeWorkshop: () => activeWorkshop },
            onActiveChanged: (workshopId) => {
              activeWorkshop = workshopId;
              refreshMenu();
            },
          }),
          ...createExportHandlers({
            chooseSavePath: exportSaveDialog(() => mainWindow, app.getPath('documents')),
            writeFile: (path, bytes) => writeFileAtomically(path, bytes),
            printWorkshop: (workshopId) => printToPdf({ url: printRouteUrl(devUrl ?? APP_ENTRY_URL, workshopId) }),
            baseName: (path) => basename(path),
          }),
          ...createRoomHandlers(rooms),
        },
        (senderUrl) => isTrustedSenderUrl(senderUrl, devUrl),
      );

      // Close the host (flushing its store), let go of file locks and save
      // the settings before the process exits.
      let closed = false;
      app.on('will-quit', (event) => {
        if (closed) return;
        event.preventDefault();
        Promise.allSettled([
          host().then(
            (running) => running.close().catch((err: unknown) => console.error('[host] closing:', err)),
            () => undefined, // it never started: nothing to close
          ),
          files.close(),
          settings.flush(),
          rooms.close(),
        ]).finally(() => {
          closed = true;
          app.quit();
        });
      });

      refreshMenu();
      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });

      const launchFile = workshopFileInArgv(process.argv, process.cwd());
      const atLaunch = [...(launchFile === null ? [] : [launchFile]), ...waitingPaths.splice(0)];
      launchOpened = Promise.allSettled(atLaunch.map((path) => openRequested(path)));
    })
    .catch((err: unknown) => {
      console.error('[main] start-up failed:', err);
      app.exit(1);
    });
}
