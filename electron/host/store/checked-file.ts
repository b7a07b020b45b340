import { crc32 } from 'node:zlib';
import { StoreError } from './store-error';

// The layout of the host's whole-state files (a workshop's snapshot, a room's
// history): magic (8 bytes) | format version (u32 LE) | payload length
// (u32 LE) | CRC-32 of payload (u32 LE) | payload. Nothing may follow the
// payload, so a cut-short or padded file is caught as well as a flipped bit.

export interface CheckedFileKind {
  /** 8 bytes naming the kind of file. */
  readonly magic: Buffer;
  /** The newest format this app writes and reads. */
  readonly version: number;
  /** How the file is named to people: "saved workshop file". */
  readonly fileName: string;
  /** What a file of another kind is not: "snapshot". */
  readonly noun: string;
}

const headerBytes = (kind: CheckedFileKind) => kind.magic.length + 12;

export function encodeChecked(kind: CheckedFileKind, payload: Uint8Array): Buffer {
  const header = headerBytes(kind);
  const out = Buffer.allocUnsafe(header + payload.byteLength);
  kind.magic.copy(out, 0);
  out.writeUInt32LE(kind.version, 8);
  out.writeUInt32LE(payload.byteLength, 12);
  out.writeUInt32LE(crc32(payload), 16);
  out.set(payload, header);
  return out;
}

/** Returns the payload, or throws a StoreError naming the file and the fault (the file itself is never touched). */
export function decodeChecked(kind: CheckedFileKind, buf: Buffer, path: string): Uint8Array {
  const fail = (code: 'corrupt-snapshot' | 'foreign-file' | 'newer-version', why: string): never => {
    throw new StoreError(code, `The ${kind.fileName} ${path} ${why} It has not been changed.`);
  };
  const header = headerBytes(kind);
  if (buf.length < header || !buf.subarray(0, kind.magic.length).equals(kind.magic)) {
    const n = Math.min(buf.length, kind.magic.length);
    if (buf.length < header && kind.magic.subarray(0, n).equals(buf.subarray(0, n))) fail('corrupt-snapshot', 'is cut short (damaged).');
    fail('foreign-file', `is not a Small Changes Studio ${kind.noun}.`);
  }
  const version = buf.readUInt32LE(8);
  if (version > kind.version) {
    fail('newer-version', `was written by a newer version of Small Changes Studio (format ${version}); please update.`);
  }
  if (header + buf.readUInt32LE(12) !== buf.length) fail('corrupt-snapshot', 'has the wrong length (damaged).');
  const payload = buf.subarray(header);
  if (crc32(payload) !== buf.readUInt32LE(16)) fail('corrupt-snapshot', 'fails its checksum (damaged).');
  return payload;
}
