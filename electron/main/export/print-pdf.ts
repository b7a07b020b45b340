import { BrowserWindow } from 'electron';
import { SECURE_WEB_PREFERENCES } from '../window';

// Prints the workshop's print view to PDF in a hidden window. The window has
// no preload: the print view needs no IPC, it reads the workshop from this
// app's own local copy, and it cannot change what the main window is doing.

/** Set on the print view's root once the workshop has been read and drawn. */
export const PRINT_READY_SELECTOR = '[data-print-ready="true"]';

export interface PrintOptions {
  /** The print route, e.g. app://studio/index.html#/workshop/<id>/print */
  readonly url: string;
  readonly timeoutMs?: number;
  /** For tests: makes the window. */
  readonly createWindow?: () => BrowserWindow;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function printRouteUrl(entryUrl: string, workshopId: string): string {
  return `${entryUrl}#/workshop/${encodeURIComponent(workshopId)}/print`;
}

export async function printToPdf({ url, timeoutMs = 30_000, createWindow }: PrintOptions): Promise<Uint8Array> {
  const win = createWindow?.() ?? new BrowserWindow({ show: false, width: 1024, height: 1400, webPreferences: { ...SECURE_WEB_PREFERENCES } });
  try {
    await win.loadURL(url);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = await win.webContents.executeJavaScript(`document.querySelector(${JSON.stringify(PRINT_READY_SELECTOR)}) !== null`) as boolean;
      if (ready) break;
      if (Date.now() > deadline) throw new Error('The print view did not finish loading the workshop, so no PDF was made. Try again.');
      await sleep(100);
    }
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      // The print view's @page rule sets A4 and the margins, as it does for a browser's Print.
      preferCSSPageSize: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
