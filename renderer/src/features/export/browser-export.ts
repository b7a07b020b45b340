import type { StudioApi } from '../../../../shared/ipc/contract';
import { fail, ok } from '../../../../shared/ipc/envelope';
import { downloadBytes } from '../../lib/download';

// Exports in a plain browser: the file goes to the browser's downloads. A PDF
// comes from the print view and the browser's own print dialog instead.

const MIME = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', csv: 'text/csv;charset=utf-8', md: 'text/markdown;charset=utf-8', pdf: 'application/pdf' } as const;

export function browserExportApi(): Pick<StudioApi, 'exportSave' | 'exportPdf'> {
  return {
    exportSave: async (kind, fileName, bytes) => {
      downloadBytes(bytes, fileName, MIME[kind]);
      return ok({ status: 'saved', fileName });
    },
    exportPdf: async () => fail('In a browser, open the print view and use the browser\'s Print to save a PDF.'),
  };
}
