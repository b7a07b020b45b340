import * as Y from 'yjs';
import { applySnapshotPayload, readSnapshot } from './snapshot-file';
import { readLog, type LogContents } from './update-log';
import { StoreError } from './store-error';
import type { WorkshopPaths } from './workshop-files';

/** Origin of updates replayed from disk: they are already saved, so never logged again. */
export const LOAD_ORIGIN = Symbol('store:load');

export interface LoadedWorkshop {
  doc: Y.Doc;
  /** The log as it should be kept: `tailBytes` > 0 means a tail must be cut. */
  log: LogContents;
  snapshotBytes: number;
}

/** Reads snapshot + log into a fresh Y.Doc. Changes no file. */
export async function loadWorkshop(paths: WorkshopPaths): Promise<LoadedWorkshop> {
  const snapshot = await readSnapshot(paths.snapshot);
  let log = await readLog(paths.log);
  const base = (): Y.Doc => {
    const doc = new Y.Doc();
    if (snapshot !== null) {
      try {
        applySnapshotPayload(doc, snapshot, LOAD_ORIGIN);
      } catch (error) {
        throw new StoreError(
          'corrupt-snapshot',
          `The saved workshop file ${paths.snapshot} holds data that cannot be read (damaged). It has not been changed.`,
          { cause: error },
        );
      }
    }
    return doc;
  };
  let doc = base();
  if (log.payloads.length > 0) {
    try {
      // One merged update replays thousands of records far faster than
      // applying them one by one.
      Y.applyUpdate(doc, Y.mergeUpdates(log.payloads), LOAD_ORIGIN);
    } catch {
      // A record with a good checksum that is not a Yjs update: keep
      // everything before it and treat the rest as a damaged tail.
      doc.destroy();
      doc = base();
      log = replayUntilBad(doc, log);
    }
  }
  return { doc, log, snapshotBytes: snapshot === null ? 0 : snapshot.byteLength };
}

function replayUntilBad(doc: Y.Doc, log: LogContents): LogContents {
  for (let i = 0; i < log.payloads.length; i += 1) {
    try {
      Y.applyUpdate(doc, log.payloads[i]!, LOAD_ORIGIN);
    } catch {
      const cutAt = log.starts[i]!;
      return {
        ...log,
        payloads: log.payloads.slice(0, i),
        starts: log.starts.slice(0, i),
        goodBytes: cutAt,
        tailBytes: (log.raw?.length ?? cutAt) - cutAt,
      };
    }
  }
  return log;
}
