import type { StudioApi } from '../../../../shared/ipc/contract';
import { fail, ok } from '../../../../shared/ipc/envelope';

// Exports in a plain browser: the file goes to the browser's downloads. A PDF
// comes from the print view and the browser's own print dialog instead.

const MIME = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', csv: 'text/csv;charset=utf-8', md: 'text/markdown;charset=utf-8', pdf: 'application/pdf' } as const;

/** Hands bytes to the browser's downloads under this name. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserExportApi(): Pick<StudioApi, 'exportSave' | 'exportPdf'> {
  return {
    exportSave: async (kind, fileName, bytes) => {
      downloadBytes(bytes, fileName, MIME[kind]);
      return ok({ status: 'saved', fileName });
    },
    exportPdf: async () => fail('In a browser, open the print view and use the browser\'s Print to save a PDF.'),
  };
}
