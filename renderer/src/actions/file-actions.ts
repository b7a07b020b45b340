import { encodeWorkshopFile } from '../../../shared/file/workshop-file';
import type { MenuActionId, OpenOutcome } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';
import { navigate, SETTINGS_HREF, workshopHref } from '../app/route';
import { markSaved, openDialog, showNotice } from '../features/files/file-status';
import { BUILT_APP } from '../ipc/browser-fallback';
import { studioClient } from '../ipc/client';
import { announce } from '../store/workshop-store';
import { currentSession } from '../workshop/session';
import { redoAction, undoAction } from './board-actions';

/**
 * An action of the app as a whole (not of one note): the File menu, the
 * buttons beside it and the keyboard run these same objects.
 */
export interface AppAction {
  readonly id: MenuActionId;
  readonly label: string;
  /** Shown to people, in the platform-neutral form "Ctrl+S". */
  readonly shortcut?: string;
  perform(): Promise<void>;
}

/** Shows what came of an Open: the workshop, or why not. */
export function showOpened(reply: Envelope<OpenOutcome>): void {
  if (!reply.ok) {
    showNotice('error', reply.error);
    return;
  }
  if (reply.data.status !== 'opened') return;
  const { workshopId, title, fileName, readOnly, copy } = reply.data;
  navigate(workshopHref(workshopId));
  if (readOnly) {
    showNotice('info', `“${fileName}” is open read-only: it is open elsewhere, or its folder cannot be changed. To keep your changes, use Save As.`);
  } else {
    announce(`Opened “${title || fileName}”${copy ? ' as a separate workshop' : ''}.`);
  }
}

function isTextEntry(element: Element | null): boolean {
  return element instanceof HTMLElement
    && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

async function save(how: 'save' | 'saveAs'): Promise<void> {
  const session = currentSession();
  if (!session) {
    showNotice('info', 'Open a workshop first: there is nothing to save.');
    return;
  }
  const bytes = encodeWorkshopFile(session.doc, { workshopId: session.id, appVersion: BUILT_APP.version });
  const client = studioClient();
  const reply = how === 'save' ? await client.fileSave(session.id, bytes) : await client.fileSaveAs(session.id, bytes);
  if (!reply.ok) showNotice('error', reply.error);
  else if (reply.data.status === 'saved') markSaved(session.id, { fileName: reply.data.fileName, at: reply.data.savedAt });
}

export const newWorkshopAction: AppAction = {
  id: 'file.new',
  label: 'New workshop',
  shortcut: 'Ctrl+N',
  perform: async () => {
    navigate('#/');
    // The home screen renders on the next frame; then the form takes focus.
    setTimeout(() => document.getElementById('workshop-title')?.focus(), 50);
  },
};

export const openFileAction: AppAction = {
  id: 'file.open',
  label: 'Open a workshop file…',
  shortcut: 'Ctrl+O',
  perform: async () => showOpened(await studioClient().fileOpen()),
};

export const importFileAction: AppAction = {
  id: 'file.import',
  label: 'Import as a new workshop…',
  shortcut: 'Ctrl+Shift+O',
  perform: async () => showOpened(await studioClient().fileImport()),
};

export const saveFileAction: AppAction = {
  id: 'file.save',
  label: 'Save',
  shortcut: 'Ctrl+S',
  perform: () => save('save'),
};

export const saveFileAsAction: AppAction = {
  id: 'file.saveAs',
  label: 'Save as…',
  shortcut: 'Ctrl+Shift+S',
  perform: () => save('saveAs'),
};

// From the menu: a text field undoes its own typing; elsewhere the workshop
// undoes this person's last change (never a colleague's).
export const undoMenuAction: AppAction = {
  id: 'edit.undo',
  label: 'Undo',
  shortcut: 'Ctrl+Z',
  perform: async () => {
    if (isTextEntry(document.activeElement)) document.execCommand('undo');
    else {
      const session = currentSession();
      if (session) undoAction.perform(session);
    }
  },
};

export const redoMenuAction: AppAction = {
  id: 'edit.redo',
  label: 'Redo',
  shortcut: 'Ctrl+Shift+Z',
  perform: async () => {
    if (isTextEntry(document.activeElement)) document.execCommand('redo');
    else {
      const session = currentSession();
      if (session) redoAction.perform(session);
    }
  },
};

export const settingsAction: AppAction = {
  id: 'app.settings',
  label: 'Settings',
  shortcut: 'Ctrl+,',
  perform: async () => navigate(SETTINGS_HREF),
};

export const aboutAction: AppAction = {
  id: 'app.about',
  label: 'About Small Changes Studio',
  perform: async () => openDialog('about'),
};

/** Every app action, by the id the menu sends. */
export const appActions: Readonly<Record<MenuActionId, AppAction>> = {
  'file.new': newWorkshopAction,
  'file.open': openFileAction,
  'file.import': importFileAction,
  'file.save': saveFileAction,
  'file.saveAs': saveFileAsAction,
  'edit.undo': undoMenuAction,
  'edit.redo': redoMenuAction,
  'app.settings': settingsAction,
  'app.about': aboutAction,
};
