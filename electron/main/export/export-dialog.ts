import { dialog, type BrowserWindow } from 'electron';
import type { ExportKind } from '../../../shared/ipc/contract';

const FILTERS: Readonly<Record<ExportKind, { name: string; extensions: string[] }>> = {
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  md: { name: 'Markdown', extensions: ['md'] },
};

/** The native save dialog for an export, modal to the main window. */
export function exportSaveDialog(window: () => BrowserWindow | null, documentsDir: string) {
  return async (kind: ExportKind, suggestedName: string): Promise<string | null> => {
    const options = {
      title: 'Save the export',
      defaultPath: `${documentsDir}/${suggestedName}`,
      filters: [FILTERS[kind]],
      properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
    };
    const win = window();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
