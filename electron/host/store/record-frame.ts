import { crc32 } from 'node:zlib';

// A log record on disk: payload length (u32 LE), CRC-32 of the payload
// (u32 LE), then the payload (one Yjs update). The checksum is what lets
// open() tell a torn or scribbled tail from a good record.
export const RECORD_HEADER_BYTES = 8;
// No single update is anywhere near this; a larger length is garbage.
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export function encodeRecord(payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.byteLength);
  out.writeUInt32LE(payload.byteLength, 0);
  out.writeUInt32LE(crc32(payload), 4);
  out.set(payload, RECORD_HEADER_BYTES);
  return out;
}

export interface DecodedRecords {
  payloads: Uint8Array[];
  /** File offset where each payload's record starts (same order). */
  starts: number[];
  /** Offset just past the last good record. */
  end: number;
  /** Why reading stopped before the end of the buffer, if it did. */
  stopReason: 'torn' | 'checksum' | 'too-large' | 'zero-length' | null;
}

/** Reads records from `start` until the end or the first bad record. */
export function decodeRecords(buf: Uint8Array, start: number): DecodedRecords {
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const payloads: Uint8Array[] = [];
  const starts: number[] = [];
  let pos = start;
  while (pos < view.length) {
    if (view.length - pos < RECORD_HEADER_BYTES) return { payloads, starts, end: pos, stopReason: 'torn' };
    const length = view.readUInt32LE(pos);
    const sum = view.readUInt32LE(pos + 4);
    // Zero-filled tails (a crash mid-extend) would otherwise read as endless
    // empty records with a valid checksum; a Yjs update is never empty.
    if (length === 0) return { payloads, starts, end: pos, stopReason: 'zero-length' };
    if (length > MAX_RECORD_BYTES) return { payloads, starts, end: pos, stopReason: 'too-large' };
    const bodyStart = pos + RECORD_HEADER_BYTES;
    if (view.length - bodyStart < length) return { payloads, starts, end: pos, stopReason: 'torn' };
    const payload = view.subarray(bodyStart, bodyStart + length);
    if (crc32(payload) !== sum) return { payloads, starts, end: pos, stopReason: 'checksum' };
    payloads.push(payload);
    starts.push(pos);
    pos = bodyStart + length;
  }
  return { payloads, starts, end: pos, stopReason: null };
}
