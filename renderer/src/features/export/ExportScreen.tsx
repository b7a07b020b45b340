import { useState } from 'react';
import { navigate, workshopHref } from '../../app/route';
import { isDesktopApp } from '../../ipc/client';
import { useWorkshopStore } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';
import { showNamesInExportsAction } from './export-actions';
import { requestPrint } from './print-request';
import { runExport, type ExportId } from './run-export';
import './export.css';

interface Choice {
  readonly id: ExportId;
  readonly label: string;
  readonly hint: string;
}

const DOCUMENTS: readonly Choice[] = [
  { id: 'docx', label: 'Word document', hint: 'The whole blueprint, to edit and circulate (.docx).' },
  { id: 'pdf', label: 'PDF', hint: 'The same, ready for a board pack (.pdf).' },
  { id: 'md', label: 'Markdown', hint: 'The whole blueprint as plain text (.md).' },
];

const DATA: readonly Choice[] = [
  { id: 'csv-blockers', label: 'Blockers (CSV)', hint: 'Every blocker, for a spreadsheet.' },
  { id: 'csv-ideas', label: 'Ideas (CSV)', hint: 'Every small change idea.' },
  { id: 'csv-votes', label: 'Votes (CSV)', hint: 'Dots per item, for each revealed round.' },
  { id: 'workshop', label: 'Workshop file', hint: 'The whole workshop, to open again on another laptop (.smallchanges).' },
];

type Status = { kind: 'idle' } | { kind: 'working'; what: string; step: string } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/** Export: Word, PDF, CSV, Markdown and the workshop file; shows what it is doing while it works. */
export function ExportScreen({ workshopId }: { workshopId: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const meta = useWorkshopStore((state) => state.snapshot?.meta);
  const busy = status.kind === 'working';

  const start = async (choice: Choice) => {
    if (choice.id === 'pdf' && !isDesktopApp()) {
      // A browser prints the print view itself; its dialog saves the PDF.
      requestPrint(workshopId);
      navigate(workshopHref(workshopId, 'print'));
      return;
    }
    setStatus({ kind: 'working', what: choice.label, step: 'Starting…' });
    try {
      const message = await runExport(choice.id, workshopId, (step) => setStatus({ kind: 'working', what: choice.label, step }));
      const text = message ?? `${choice.label}: not saved.`;
      setStatus({ kind: 'done', message: text });
    } catch (error) {
      const text = `${choice.label} could not be exported. ${error instanceof Error ? error.message : String(error)}`;
      setStatus({ kind: 'error', message: text });
    }
  };

  const button = (choice: Choice) => (
    <li key={choice.id} className="export-choice">
      <button type="button" className="button" disabled={busy} aria-describedby={`hint-${choice.id}`} onClick={() => void start(choice)}>
        {choice.label}
      </button>
      <span id={`hint-${choice.id}`} className="hint">{choice.hint}</span>
    </li>
  );

  return (
    <section className="export-screen" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>
        Take the blueprint into your own world.{' '}
        {meta?.anonymous || !meta?.namesInExports
          ? 'Exports show no one\'s name.'
          : 'This workshop chose to show names in exports.'}
        {' '}<a href={workshopHref(workshopId, 'print')}>Open the print view</a> to see what the PDF holds.
      </p>
      <div className="export-names">
        <input
          type="checkbox"
          id="export-show-names"
          checked={!meta?.anonymous && meta?.namesInExports === true}
          disabled={meta?.anonymous !== false}
          aria-describedby="export-show-names-hint"
          onChange={(event) => {
            const session = currentSession();
            if (session) showNamesInExportsAction.perform(session, event.target.checked);
          }}
        />
        <label htmlFor="export-show-names">{showNamesInExportsAction.label}</label>
        <span id="export-show-names-hint" className="hint">
          {meta?.anonymous ? ' Notes in this workshop are anonymous, so exports never show names.' : ' Who took part, and who wrote each blocker.'}
        </span>
      </div>
      <h3>Documents</h3>
      <ul className="export-choices">{DOCUMENTS.map(button)}</ul>
      <h3>Data</h3>
      <ul className="export-choices">{DATA.map(button)}</ul>
      <div className="export-status" role="status" aria-live="polite">
        {status.kind === 'working' && (
          <>
            <p>{status.what}: {status.step}</p>
            <progress aria-label={`Exporting ${status.what}`} />
          </>
        )}
        {status.kind === 'done' && <p>{status.message}</p>}
      </div>
      {status.kind === 'error' && <p role="alert" className="error-message">{status.message}</p>}
    </section>
  );
}
