import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from './file-controller';

// The native open, save and question dialogs, attached to the main window
// so they are modal to it (and screen readers announce them as such).

const FILTERS = [{ name: 'Small Changes workshop', extensions: ['smallchanges'] }];

export function electronDialogs(window: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseFileToOpen(title) {
      const win = window();
      const options = { title, filters: FILTERS, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(defaultPath) {
      const win = window();
      const options = { title: 'Save the workshop', defaultPath, filters: FILTERS, properties: ['showOverwriteConfirmation' as const] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async ask({ message, detail, choices }) {
      const win = window();
      const options = {
        type: 'question' as const,
        message,
        detail,
        buttons: [...choices],
        defaultId: 0,
        cancelId: choices.length - 1,
        noLink: true,
      };
      const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return result.response;
    },
  };
}
