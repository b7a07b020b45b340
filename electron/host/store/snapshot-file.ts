import { crc32 } from 'node:zlib';
import * as Y from 'yjs';
import { readFile } from 'node:fs/promises';
import { StoreError } from './store-error';
import { writeFileAtomic } from './durable-fs';

// Snapshot layout: magic (8 bytes) | format version (u32 LE) |
// payload length (u32 LE) | CRC-32 of payload (u32 LE) | payload. Nothing may
// follow the payload. Format 1's payload is the workshop's merged state in
// Yjs update format v2: about a third smaller than v1 for a board of notes,
// and faster to load.
export const SNAPSHOT_MAGIC = Buffer.from('SCS-SNAP', 'latin1');
export const SNAPSHOT_FORMAT_VERSION = 1;
const HEADER_BYTES = SNAPSHOT_MAGIC.length + 12;

/** The payload a snapshot of `doc` holds. */
export function snapshotPayload(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdateV2(doc);
}

/** Loads a snapshot payload into `doc` (throws if it is not a Yjs v2 update). */
export function applySnapshotPayload(doc: Y.Doc, payload: Uint8Array, origin: unknown): void {
  Y.applyUpdateV2(doc, payload, origin);
}

export function encodeSnapshot(payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + payload.byteLength);
  SNAPSHOT_MAGIC.copy(out, 0);
  out.writeUInt32LE(SNAPSHOT_FORMAT_VERSION, 8);
  out.writeUInt32LE(payload.byteLength, 12);
  out.writeUInt32LE(crc32(payload), 16);
  out.set(payload, HEADER_BYTES);
  return out;
}

/** Returns the payload, or throws a StoreError naming the file and the fault. */
export function decodeSnapshot(buf: Buffer, path: string): Uint8Array {
  const fail = (code: 'corrupt-snapshot' | 'foreign-file' | 'newer-version', why: string): never => {
    throw new StoreError(code, `The saved workshop file ${path} ${why} It has not been changed.`);
  };
  if (buf.length < HEADER_BYTES || !buf.subarray(0, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC)) {
    const n = Math.min(buf.length, SNAPSHOT_MAGIC.length);
    if (buf.length < HEADER_BYTES && SNAPSHOT_MAGIC.subarray(0, n).equals(buf.subarray(0, n))) {
      fail('corrupt-snapshot', 'is cut short (damaged).');
    }
    fail('foreign-file', 'is not a Small Changes Studio snapshot.');
  }
  const version = buf.readUInt32LE(8);
  if (version > SNAPSHOT_FORMAT_VERSION) {
    fail('newer-version', `was written by a newer version of Small Changes Studio (format ${version}); please update.`);
  }
  const length = buf.readUInt32LE(12);
  if (HEADER_BYTES + length !== buf.length) fail('corrupt-snapshot', 'has the wrong length (damaged).');
  const payload = buf.subarray(HEADER_BYTES);
  if (crc32(payload) !== buf.readUInt32LE(16)) fail('corrupt-snapshot', 'fails its checksum (damaged).');
  return payload;
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
