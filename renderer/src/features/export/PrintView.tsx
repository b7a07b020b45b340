import { useEffect } from 'react';
import { workshopHref } from '../../app/route';
import { ModelView } from './ModelView';
import { takePrintRequest } from './print-request';
import { useExportModel } from './use-export-model';
import './export.css';

/**
 * The blueprint laid out for paper: what the PDF holds. In the desktop app a
 * hidden window prints it (export:pdf); in a browser the Print button opens the
 * browser's print dialog, which saves a PDF too.
 */
export function PrintView({ workshopId }: { workshopId: string }) {
  const model = useExportModel();

  useEffect(() => {
    document.documentElement.classList.add('print-route');
    return () => document.documentElement.classList.remove('print-route');
  }, []);

  useEffect(() => {
    // Asked for from the export screen: print once the blueprint is drawn.
    if (model && takePrintRequest(workshopId)) window.print();
  }, [model, workshopId]);

  if (!model) return <p className="loading">Preparing the print view…</p>;
  return (
    <div className="print-view" data-print-ready="true">
      <div className="print-toolbar">
        <p>This is the blueprint as the PDF shows it. Use Print, then choose “Save as PDF”, to keep a copy.</p>
        <button type="button" className="button" onClick={() => window.print()}>Print or save as PDF</button>
        <a href={workshopHref(workshopId, 'export')} className="print-back">Back to export</a>
      </div>
      <ModelView model={model} />
    </div>
  );
}
