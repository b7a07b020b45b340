import { describe, expect, it, vi } from 'vitest';
import { createExportHandlers, type ExportHandlerDeps } from './export-handlers';

function deps(overrides: Partial<ExportHandlerDeps> = {}): ExportHandlerDeps & { written: Map<string, Uint8Array> } {
  const written = new Map<string, Uint8Array>();
  return {
    written,
    chooseSavePath: vi.fn(async (_kind, name: string) => `/home/sam/Documents/${name}`),
    writeFile: vi.fn(async (path: string, bytes: Uint8Array) => void written.set(path, bytes)),
    printWorkshop: vi.fn(async () => Uint8Array.of(0x25, 0x50, 0x44, 0x46)),
    baseName: (path: string) => path.slice(path.lastIndexOf('/') + 1),
    ...overrides,
  };
}

describe('export handlers', () => {
  it('saves an export where the person chose, offering the suggested name and kind', async () => {
    const d = deps();
    const bytes = Uint8Array.of(1, 2, 3);
    await expect(createExportHandlers(d)['export:save']('docx', 'Day - blueprint.docx', bytes))
      .resolves.toEqual({ status: 'saved', fileName: 'Day - blueprint.docx' });
    expect(d.chooseSavePath).toHaveBeenCalledWith('docx', 'Day - blueprint.docx');
    expect(d.written.get('/home/sam/Documents/Day - blueprint.docx')).toEqual(bytes);
  });

  it('writes nothing when the person cancels the dialog', async () => {
    const d = deps({ chooseSavePath: vi.fn(async () => null) });
    await expect(createExportHandlers(d)['export:save']('csv', 'x.csv', Uint8Array.of(1))).resolves.toEqual({ status: 'canceled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('prints the workshop, then asks where to save the PDF', async () => {
    const d = deps();
    await expect(createExportHandlers(d)['export:pdf']('workshop:abc', 'Day - blueprint.pdf')).resolves.toEqual({ status: 'saved', fileName: 'Day - blueprint.pdf' });
    expect(d.printWorkshop).toHaveBeenCalledWith('workshop:abc');
    expect(d.chooseSavePath).toHaveBeenCalledWith('pdf', 'Day - blueprint.pdf');
    expect([...d.written.get('/home/sam/Documents/Day - blueprint.pdf')!]).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('a failed print reaches the page as an error and never opens a save dialog', async () => {
    const d = deps({ printWorkshop: vi.fn(async () => { throw new Error('The print view did not finish loading the workshop, so no PDF was made. Try again.'); }) });
    await expect(createExportHandlers(d)['export:pdf']('workshop:abc', 'x.pdf')).rejects.toThrow('no PDF was made');
    expect(d.chooseSavePath).not.toHaveBeenCalled();
  });

  it('a failed write is reported, not swallowed', async () => {
    const d = deps({ writeFile: vi.fn(async () => { throw new Error('The disk is full.'); }) });
    await expect(createExportHandlers(d)['export:save']('md', 'x.md', Uint8Array.of(1))).rejects.toThrow('The disk is full.');
  });
});
