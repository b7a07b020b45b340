import * as Y from 'yjs';
import { readFile } from 'node:fs/promises';
import { decodeChecked, encodeChecked, type CheckedFileKind } from './checked-file';
import { writeFileAtomic } from './durable-fs';

// Snapshot layout: see checked-file.ts. Format 1's payload is the workshop's merged state in
// Yjs update format v2: about a third smaller than v1 for a board of notes,
// and faster to load.
export const SNAPSHOT_MAGIC = Buffer.from('SCS-SNAP', 'latin1');
export const SNAPSHOT_FORMAT_VERSION = 1;
const SNAPSHOT_FILE: CheckedFileKind = { magic: SNAPSHOT_MAGIC, version: SNAPSHOT_FORMAT_VERSION, fileName: 'saved workshop file', noun: 'snapshot' };

/** The payload a snapshot of `doc` holds. */
export function snapshotPayload(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdateV2(doc);
}

/** Loads a snapshot payload into `doc` (throws if it is not a Yjs v2 update). */
export function applySnapshotPayload(doc: Y.Doc, payload: Uint8Array, origin: unknown): void {
  Y.applyUpdateV2(doc, payload, origin);
}

export function encodeSnapshot(payload: Uint8Array): Buffer {
  return encodeChecked(SNAPSHOT_FILE, payload);
}

/** Returns the payload, or throws a StoreError naming the file and the fault. */
export function decodeSnapshot(buf: Buffer, path: string): Uint8Array {
  return decodeChecked(SNAPSHOT_FILE, buf, path);
}

/** Reads and checks a snapshot; `null` when there is none yet. */
export async function readSnapshot(path: string): Promise<Uint8Array | null> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return decodeSnapshot(buf, path);
}

export async function writeSnapshot(path: string, payload: Uint8Array): Promise<number> {
  const bytes = encodeSnapshot(payload);
  await writeFileAtomic(path, bytes);
  return bytes.length;
}
