import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { MenuActionId } from '../../shared/ipc/menu-actions';

// The application menu, in each platform's conventions: on macOS the app
// menu holds About, Settings, Hide and Quit and there is a Window menu; on
// Windows and Linux, File holds Settings and Exit/Quit and Help holds About.
// Items that act on the workshop send the page the same action its buttons
// run (menu:action); the rest are Electron's standard roles.

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly recentFiles: readonly { readonly path: string; readonly title: string }[];
  /** A workshop is shown, so there is something to save. */
  readonly canSave: boolean;
  /** Development builds get Reload and the developer tools. */
  readonly developer: boolean;
  readonly run: (action: MenuActionId) => void;
  readonly openRecent: (path: string) => void;
  readonly clearRecent: () => void;
}

type Item = MenuItemConstructorOptions;

function recentMenu(ctx: MenuContext): Item[] {
  if (ctx.recentFiles.length === 0) return [{ label: 'No recent files', enabled: false }];
  return [
    ...ctx.recentFiles.map((file, i): Item => ({
      // Numbered so each has an access key on Windows and Linux.
      label: `${ctx.platform === 'darwin' ? '' : `&${(i + 1) % 10} `}${basename(file.path).replace(/&/g, '&&')}`,
      toolTip: file.path,
      click: () => ctx.openRecent(file.path),
    })),
    { type: 'separator' },
    { label: ctx.platform === 'darwin' ? 'Clear Menu' : 'Clear recent files', click: () => ctx.clearRecent() },
  ];
}

export function menuTemplate(ctx: MenuContext): Item[] {
  const mac = ctx.platform === 'darwin';
  const windows = ctx.platform === 'win32';
  const run = (action: MenuActionId) => () => ctx.run(action);
  const about: Item = { label: `About ${ctx.appName}`, click: run('app.about') };
  const settings: Item = { label: mac ? 'Settings…' : '&Settings…', accelerator: 'CmdOrCtrl+,', click: run('app.settings') };

  const file: Item = {
    label: mac ? 'File' : '&File',
    submenu: [
      { label: mac ? 'New Workshop' : '&New workshop', accelerator: 'CmdOrCtrl+N', click: run('file.new') },
      { label: mac ? 'Open…' : '&Open…', accelerator: 'CmdOrCtrl+O', click: run('file.open') },
      { label: mac ? 'Open Recent' : 'Open &recent', submenu: recentMenu(ctx) },
      { label: mac ? 'Import as New Workshop…' : '&Import as a new workshop…', accelerator: 'CmdOrCtrl+Shift+O', click: run('file.import') },
      { type: 'separator' },
      { label: mac ? 'Save' : '&Save', accelerator: 'CmdOrCtrl+S', enabled: ctx.canSave, click: run('file.save') },
      { label: mac ? 'Save As…' : 'Save &as…', accelerator: 'CmdOrCtrl+Shift+S', enabled: ctx.canSave, click: run('file.saveAs') },
      { type: 'separator' },
      ...(mac ? [{ role: 'close' } as Item] : [settings, { type: 'separator' } as Item, { role: 'quit' } as Item]),
    ],
  };

  // Undo and redo go to the page, which undoes a text field's typing
  // natively and the board's changes with the workshop's own undo. On
  // Windows and Linux the keys reach the page directly (the menu only shows
  // them); macOS sends unhandled keys to the menu, as users there expect.
  const pageKeys = mac ? {} : { registerAccelerator: false };
  const edit: Item = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { label: mac ? 'Undo' : '&Undo', accelerator: 'CmdOrCtrl+Z', click: run('edit.undo'), ...pageKeys },
      {
        label: mac ? 'Redo' : '&Redo',
        accelerator: windows ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
        click: run('edit.redo'),
        ...pageKeys,
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: Item = {
    label: mac ? 'View' : '&View',
    submenu: [
      ...(ctx.developer ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as Item[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // The same on keyboards where + needs Shift.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  if (mac) {
    return [
      {
        label: ctx.appName,
        submenu: [
          about,
          { type: 'separator' },
          settings,
          { type: 'separator' },
          { role: 'services' },
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      file,
      edit,
      view,
      { role: 'windowMenu' },
      { role: 'help', submenu: [about] },
    ];
  }
  return [file, edit, view, { label: '&Help', submenu: [{ ...about, label: `&About ${ctx.appName}` }] }];
}

/** Builds the menu and makes it the application's (call again when the context changes). */
export function installMenu(ctx: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(ctx)));
}
