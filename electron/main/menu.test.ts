import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

import { installMenu, menuTemplate, type MenuContext } from './menu';

type Item = MenuItemConstructorOptions;

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    platform: 'win32',
    appName: 'Small Changes Studio',
    recentFiles: [],
    canSave: true,
    developer: false,
    run: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    ...overrides,
  };
}

const plain = (label: unknown) => String(label ?? '').replace(/&(?!&)/g, '').replace(/&&/g, '&');

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => plain(item.label) === label || item.role === label.toLowerCase());
  if (!menu) throw new Error(`no ${label} menu`);
  return menu.submenu as Item[];
}

function item(items: Item[], label: string): Item {
  const found = items.find((i) => plain(i.label) === label);
  if (!found) throw new Error(`no item ${label} in ${items.map((i) => plain(i.label) || i.role).join(', ')}`);
  return found;
}

function click(target: Item): void {
  (target.click as () => void)();
}

describe('the menu on Windows and Linux', () => {
  it('has File, Edit, View and Help, with Settings and Exit under File and About under Help', () => {
    const template = menuTemplate(context());
    expect(template.map((m) => plain(m.label))).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = submenu(template, 'File');
    expect(file.map((i) => plain(i.label) || i.role || i.type)).toEqual([
      'New workshop', 'Open…', 'Open recent', 'Import as a new workshop…', 'separator',
      'Save', 'Save as…', 'separator', 'Settings…', 'separator', 'quit',
    ]);
    expect(item(submenu(template, 'Help'), 'About Small Changes Studio')).toBeTruthy();
  });

  it('uses the standard shortcuts, and Ctrl+Y for redo on Windows only', () => {
    const win = menuTemplate(context({ platform: 'win32' }));
    const file = submenu(win, 'File');
    expect(item(file, 'New workshop').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(item(file, 'Save as…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(item(submenu(win, 'Edit'), 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(submenu(win, 'Edit'), 'Redo').accelerator).toBe('Ctrl+Y');
    const linux = menuTemplate(context({ platform: 'linux' }));
    expect(item(submenu(linux, 'Edit'), 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  it('lets undo and redo keys reach the page (text fields undo natively, the board its own way)', () => {
    const edit = submenu(menuTemplate(context()), 'Edit');
    expect(item(edit, 'Undo').registerAccelerator).toBe(false);
    expect(item(edit, 'Redo').registerAccelerator).toBe(false);
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('has zoom and full screen, and developer tools only in development', () => {
    const view = submenu(menuTemplate(context()), 'View');
    expect(view.filter((i) => i.role).map((i) => i.role)).toEqual(['resetZoom', 'zoomIn', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const dev = submenu(menuTemplate(context({ developer: true })), 'View');
    expect(dev.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('sends the page the same actions its buttons run', () => {
    const ctx = context();
    const template = menuTemplate(ctx);
    const file = submenu(template, 'File');
    click(item(file, 'Save'));
    click(item(file, 'Save as…'));
    click(item(file, 'New workshop'));
    click(item(file, 'Open…'));
    click(item(file, 'Import as a new workshop…'));
    click(item(file, 'Settings…'));
    click(item(submenu(template, 'Edit'), 'Undo'));
    click(item(submenu(template, 'Edit'), 'Redo'));
    click(item(submenu(template, 'Help'), 'About Small Changes Studio'));
    expect((ctx.run as ReturnType<typeof vi.fn>).mock.calls.map(([a]) => a)).toEqual([
      'file.save', 'file.saveAs', 'file.new', 'file.open', 'file.import', 'app.settings', 'edit.undo', 'edit.redo', 'app.about',
    ]);
  });

  it('greys out Save while no workshop is shown', () => {
    const file = submenu(menuTemplate(context({ canSave: false })), 'File');
    expect(item(file, 'Save').enabled).toBe(false);
    expect(item(file, 'Save as…').enabled).toBe(false);
  });

  it('lists recent files, opens one, and clears them', () => {
    const ctx = context({
      recentFiles: [
        { path: '/share/Budget & plan.smallchanges', title: 'Budget' },
        { path: '/share/Session 2.smallchanges', title: 'Two' },
      ],
    });
    const recent = submenu(submenu(menuTemplate(ctx), 'File'), 'Open recent');
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      '&1 Budget && plan.smallchanges', '&2 Session 2.smallchanges', 'separator', 'Clear recent files',
    ]);
    click(recent[1]!);
    expect(ctx.openRecent).toHaveBeenCalledWith('/share/Session 2.smallchanges');
    click(recent[3]!);
    expect(ctx.clearRecent).toHaveBeenCalled();
    const none = submenu(submenu(menuTemplate(context()), 'File'), 'Open recent');
    expect(none).toEqual([{ label: 'No recent files', enabled: false }]);
  });
});

describe('the menu on macOS', () => {
  it('has the app menu with About, Settings, Services, Hide and Quit, and a Window menu', () => {
    const template = menuTemplate(context({ platform: 'darwin' }));
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Small Changes Studio', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    const appMenu = template[0]!.submenu as Item[];
    expect(appMenu.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'About Small Changes Studio', 'separator', 'Settings…', 'separator', 'services', 'separator',
      'hide', 'hideOthers', 'unhide', 'separator', 'quit',
    ]);
    expect(item(appMenu, 'Settings…').accelerator).toBe('CmdOrCtrl+,');
    const file = submenu(template, 'File');
    expect(file.at(-1)?.role).toBe('close');
    expect(file.map((i) => i.label)).not.toContain('Settings…');
    expect(item(submenu(template, 'Edit'), 'Undo').registerAccelerator).toBeUndefined();
    expect(item(submenu(template, 'Edit'), 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
  });
});

describe('installMenu', () => {
  it('builds the template and sets it as the application menu', () => {
    installMenu(context());
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledWith(expect.any(Array));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(expect.objectContaining({ template: expect.any(Array) }));
  });
});
