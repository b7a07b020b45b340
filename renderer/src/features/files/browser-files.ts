import {
  decodeWorkshopFile,
  readWorkshopFileHeader,
  WORKSHOP_FILE_EXTENSION,
  WORKSHOP_FILE_MIME,
  workshopFileName,
} from '../../../../shared/file/workshop-file';
import type { DroppedFile, OpenOutcome, SaveOutcome, StudioApi } from '../../../../shared/ipc/contract';
import { errorMessage, fail, ok, type Envelope } from '../../../../shared/ipc/envelope';
import { downloadBytes } from '../../lib/download';
import { newWorkshopId } from '../home/recent-workshops';
import { storeLocalCopy } from './local-workshop-copy';

// Open and Save in a plain browser (the app served by `npm run host`): Save
// downloads a .smallchanges file; Open reads one the person picks and makes
// it a new workshop in this browser, which then syncs to the host like any
// other. A browser cannot write back to a file, so there is no Save-in-place.

/** Asks for a file with the browser's own picker; null when the person cancels. */
export function pickWorkshopFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `${WORKSHOP_FILE_EXTENSION},${WORKSHOP_FILE_MIME}`;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Reads a picked or dropped file and makes it a new workshop here. */
export async function importAsNewWorkshop(file: Blob & { readonly name: string }): Promise<OpenOutcome> {
  if (!file.name.toLowerCase().endsWith(WORKSHOP_FILE_EXTENSION)) {
    throw new Error('Only Small Changes workshop files (ending .smallchanges) can be opened here.');
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let decoded;
  try {
    decoded = decodeWorkshopFile(bytes);
  } catch (error) {
    throw new Error(`“${file.name}” could not be opened. ${errorMessage(error)}`);
  }
  const workshopId = newWorkshopId();
  try {
    await storeLocalCopy(workshopId, decoded.state);
  } finally {
    decoded.doc.destroy();
  }
  return { status: 'opened', workshopId, title: decoded.header.title, fileName: file.name, readOnly: false, copy: true };
}

/** Hands the file to the browser's downloads. */
export function downloadWorkshopFile(bytes: Uint8Array, fileName: string): void {
  downloadBytes(bytes, fileName, WORKSHOP_FILE_MIME);
}

async function settle<T>(run: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return ok(await run());
  } catch (error) {
    return fail(errorMessage(error));
  }
}

function save(bytes: Uint8Array): SaveOutcome {
  const fileName = workshopFileName(readWorkshopFileHeader(bytes).title);
  downloadWorkshopFile(bytes, fileName);
  return { status: 'saved', fileName, savedAt: Date.now() };
}

const pickAndImport = async (): Promise<OpenOutcome> => {
  const file = await pickWorkshopFile();
  return file === null ? { status: 'canceled' } : importAsNewWorkshop(file);
};

export type BrowserFileApi = Pick<StudioApi, 'fileOpen' | 'fileOpenDropped' | 'fileImport' | 'fileSave' | 'fileSaveAs'>;

export function browserFileApi(): BrowserFileApi {
  return {
    fileOpen: () => settle(pickAndImport),
    fileImport: () => settle(pickAndImport),
    fileOpenDropped: (file: DroppedFile) =>
      settle(() => {
        if (!(file instanceof Blob)) throw new Error('Only a file can be dropped here.');
        return importAsNewWorkshop(file as File);
      }),
    fileSave: async (_workshopId, bytes) => settle(async () => save(bytes)),
    fileSaveAs: async (_workshopId, bytes) => settle(async () => save(bytes)),
  };
}
