import { buildDocx } from '../../../../shared/export/docx';
import { blockersCsv, ideasCsv, votesCsv } from '../../../../shared/export/csv';
import { exportFileName } from '../../../../shared/export/file-names';
import { toMarkdown } from '../../../../shared/export/markdown';
import { exportModel } from '../../../../shared/export/model';
import { encodeWorkshopFile } from '../../../../shared/file/workshop-file';
import { readWorkshop } from '../../../../shared/doc/read';
import { tallyRound } from '../../../../shared/vote/index';
import type { Envelope } from '../../../../shared/ipc/envelope';
import type { ExportOutcome, SaveOutcome } from '../../../../shared/ipc/contract';
import { BUILT_APP } from '../../ipc/browser-fallback';
import { studioClient } from '../../ipc/client';
import { markSaved } from '../files/file-status';
import { currentSession } from '../../workshop/session';
import { chartImages } from './chart-images';

// What each export button does: build the file from the workshop's one
// export model, then hand it to the desktop app's save dialog or the
// browser's downloads (the IPC client picks which).

export type ExportId = 'docx' | 'pdf' | 'csv-blockers' | 'csv-ideas' | 'csv-votes' | 'md' | 'workshop';

export interface ExportStep {
  (message: string): void;
}

const encoder = new TextEncoder();

function sessionOrThrow() {
  const session = currentSession();
  if (!session) throw new Error('The workshop is not open any more. Open it again, then export.');
  return session;
}

function unwrap<T>(reply: Envelope<T>): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** A message for the person: what was saved, or null when they cancelled. */
function said(outcome: ExportOutcome | SaveOutcome): string | null {
  return outcome.status === 'saved' ? `Saved “${outcome.fileName}”.` : null;
}

/** Runs one export; resolves to what to tell the person (null: cancelled). Throws with a plain message on failure. */
export async function runExport(id: ExportId, workshopId: string, step: ExportStep): Promise<string | null> {
  const session = sessionOrThrow();
  const workshop = readWorkshop(session.doc);
  const title = workshop.meta.title;
  const client = studioClient();
  const saveText = async (kind: 'csv' | 'md', what: string, text: string) =>
    said(unwrap(await client.exportSave(kind, exportFileName(title, what, kind), encoder.encode(text))));

  switch (id) {
    case 'docx': {
      step('Reading the blueprint…');
      const model = exportModel(workshop, session.doc);
      step('Drawing the vote charts…');
      const images = await chartImages(model);
      step('Building the Word document…');
      const bytes = await buildDocx(model, { chartImages: images });
      step('Saving…');
      return said(unwrap(await client.exportSave('docx', exportFileName(title, 'blueprint', 'docx'), bytes)));
    }
    case 'pdf':
      step('Printing the blueprint to PDF…');
      return said(unwrap(await client.exportPdf(workshopId, exportFileName(title, 'blueprint', 'pdf'))));
    case 'csv-blockers':
      return saveText('csv', 'blockers', blockersCsv(workshop));
    case 'csv-ideas':
      return saveText('csv', 'ideas', ideasCsv(workshop));
    case 'csv-votes':
      return saveText('csv', 'votes', votesCsv(workshop, (roundId) => tallyRound(session.doc, roundId)));
    case 'md':
      return saveText('md', 'blueprint', toMarkdown(exportModel(workshop, session.doc)));
    case 'workshop': {
      // The same file Save As writes (shared/file), so the app knows it was saved.
      step('Packing the workshop file…');
      const bytes = encodeWorkshopFile(session.doc, { workshopId, appVersion: BUILT_APP.version });
      const outcome = unwrap(await client.fileSaveAs(workshopId, bytes));
      if (outcome.status === 'saved') markSaved(workshopId, { fileName: outcome.fileName, at: outcome.savedAt });
      return said(outcome);
    }
  }
}
