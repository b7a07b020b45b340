import { describe, expect, it, vi } from 'vitest';

// Electron is not loaded in unit tests: a fake BrowserWindow stands in.
const created: FakeWindow[] = [];
class FakeWindow {
  destroyed = false;
  readyAfter: number;
  checks = 0;
  loadURL = vi.fn(async (_url: string) => undefined);
  webContents = {
    executeJavaScript: vi.fn(async (_code: string) => {
      this.checks += 1;
      return this.checks > this.readyAfter;
    }),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
  };
  constructor(public options: unknown, readyAfter = 2) {
    this.readyAfter = readyAfter;
    created.push(this);
  }
  isDestroyed() { return this.destroyed; }
  destroy() { this.destroyed = true; }
}
vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { printRouteUrl, printToPdf, PRINT_READY_SELECTOR } = await import('./print-pdf');

describe('printToPdf', () => {
  it('loads the print route in a hidden, sandboxed window with no preload, waits for it, prints A4 with a tagged outline, then closes it', async () => {
    const url = printRouteUrl('app://studio/index.html', 'workshop:a b');
    expect(url).toBe('app://studio/index.html#/workshop/workshop%3Aa%20b/print');
    const pdf = await printToPdf({ url });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    const win = created.at(-1)!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect((win.options as { webPreferences: Record<string, unknown> }).webPreferences['preload']).toBeUndefined();
    expect(win.loadURL).toHaveBeenCalledWith(url);
    expect(win.webContents.executeJavaScript.mock.calls[0]![0]).toContain(JSON.stringify(PRINT_READY_SELECTOR));
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true }));
    expect(win.destroyed).toBe(true);
  });

  it('gives up with a plain message when the print view never gets ready, and still closes the window', async () => {
    const win = new FakeWindow({}, Number.POSITIVE_INFINITY);
    await expect(printToPdf({ url: 'app://studio/index.html#/workshop/x/print', timeoutMs: 250, createWindow: () => win as never }))
      .rejects.toThrow('The print view did not finish loading the workshop, so no PDF was made.');
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(win.destroyed).toBe(true);
  });
});
