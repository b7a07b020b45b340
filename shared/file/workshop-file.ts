// The `.smallchanges` workshop file: the whole workshop (its Yjs state) plus
// a small header, so a workshop can be saved, carried on a USB stick or a
// network share, and opened again without losing a character.
//
// Layout (all integers little-endian):
//   magic        8 bytes   89 53 43 53 0D 0A 1A 0A  ("\x89SCS\r\n\x1a\n": a
//                          high byte and CR LF catch text-mode transfers)
//   format       u16       FORMAT_VERSION; a higher one is a newer app's file
//   headerLength u32       then that many bytes of UTF-8 JSON (WorkshopFileHeader)
//   stateLength  u32       then that many bytes: Y.encodeStateAsUpdate (v1)
//   checksum     32 bytes  SHA-256 of every byte before it
// Nothing may follow the checksum.
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import * as Y from 'yjs';
import { z } from 'zod';
import { readMeta } from '../doc/read.js';
import { RestoreError, restoreFromUpdate } from '../doc/restore.js';
import { SCHEMA_VERSION } from '../doc/schema.js';
import { WORKSHOP_ID_PATTERN } from './workshop-id.js';

export const WORKSHOP_FILE_EXTENSION = '.smallchanges';
export const WORKSHOP_FILE_MIME = 'application/x-smallchanges';
export const FORMAT_VERSION = 1;
export const MAGIC = Uint8Array.of(0x89, 0x53, 0x43, 0x53, 0x0d, 0x0a, 0x1a, 0x0a);
const CHECKSUM_BYTES = 32;
/** A header is a few hundred bytes; anything near this is not ours. */
const MAX_HEADER_BYTES = 64 * 1024;

export { WORKSHOP_ID_PATTERN } from './workshop-id.js';

const headerSchema = z.object({
  schemaVersion: z.number().int().min(0),
  appVersion: z.string().min(1).max(64),
  workshopId: z.string().regex(WORKSHOP_ID_PATTERN),
  title: z.string().max(1000),
  /** ISO 8601 */
  savedAt: z.iso.datetime(),
});

export type WorkshopFileHeader = z.infer<typeof headerSchema>;

export type WorkshopFileErrorCode = 'empty' | 'foreign' | 'incomplete' | 'damaged' | 'newer-version' | 'invalid-workshop';

/** Why a file cannot be opened, in words for the person holding it. Nothing was changed. */
export class WorkshopFileError extends Error {
  override readonly name = 'WorkshopFileError';
  constructor(
    readonly code: WorkshopFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const FILE_MESSAGES = {
  empty: 'This file is empty: there is no workshop in it.',
  foreign: 'This file is not a Small Changes workshop.',
  incomplete: 'This file is incomplete — it may have been cut short while copying. Try the original, or an earlier copy.',
  damaged: 'This file is damaged: its contents do not match the check saved with them. Try an earlier copy.',
} as const;

function newerVersion(appVersion: string | null): WorkshopFileError {
  const by = appVersion ? ` (${appVersion})` : '';
  return new WorkshopFileError(
    'newer-version',
    `This workshop was saved by a newer version of Small Changes Studio${by}. Update the app to open it; the file has not been changed.`,
  );
}

export interface EncodeOptions {
  readonly workshopId: string;
  readonly appVersion: string;
  /** Defaults to now. */
  readonly savedAt?: Date;
}

/** The file's bytes for a workshop document. */
export function encodeWorkshopFile(doc: Y.Doc, options: EncodeOptions): Uint8Array {
  const header: WorkshopFileHeader = headerSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    appVersion: options.appVersion,
    workshopId: options.workshopId,
    title: readMeta(doc).title,
    savedAt: (options.savedAt ?? new Date()).toISOString(),
  });
  const headerBytes = encodeUtf8(JSON.stringify(header));
  const state = Y.encodeStateAsUpdate(doc);
  const bodyLength = MAGIC.length + 2 + 4 + headerBytes.length + 4 + state.length;
  const out = new Uint8Array(bodyLength + CHECKSUM_BYTES);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(MAGIC, at);
  at += MAGIC.length;
  view.setUint16(at, FORMAT_VERSION, true);
  at += 2;
  view.setUint32(at, headerBytes.length, true);
  at += 4;
  out.set(headerBytes, at);
  at += headerBytes.length;
  view.setUint32(at, state.length, true);
  at += 4;
  out.set(state, at);
  out.set(sha256(out.subarray(0, bodyLength)), bodyLength);
  return out;
}

/** Where the parts of a well-formed file lie. Throws WorkshopFileError. */
interface Parts {
  readonly header: WorkshopFileHeader;
  readonly state: Uint8Array;
}

function fail(code: keyof typeof FILE_MESSAGES): never {
  throw new WorkshopFileError(code, FILE_MESSAGES[code]);
}

function splitFile(bytes: Uint8Array): Parts {
  if (bytes.length === 0) fail('empty');
  const magicSeen = Math.min(bytes.length, MAGIC.length);
  for (let i = 0; i < magicSeen; i++) if (bytes[i] !== MAGIC[i]) fail('foreign');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = MAGIC.length;
  if (bytes.length < at + 2) fail('incomplete');
  const format = view.getUint16(at, true);
  // Checked before anything else is read: a newer format may lay out the rest differently.
  if (format > FORMAT_VERSION) throw newerVersion(null);
  if (format === 0) fail('damaged');
  at += 2;
  if (bytes.length < at + 4) fail('incomplete');
  const headerLength = view.getUint32(at, true);
  at += 4;
  if (headerLength > MAX_HEADER_BYTES) fail('damaged');
  if (bytes.length < at + headerLength + 4) fail('incomplete');
  const headerBytes = bytes.subarray(at, at + headerLength);
  at += headerLength;
  const stateLength = view.getUint32(at, true);
  at += 4;
  const bodyLength = at + stateLength;
  if (bytes.length < bodyLength + CHECKSUM_BYTES) fail('incomplete');
  if (bytes.length > bodyLength + CHECKSUM_BYTES) fail('damaged');
  const expected = bytes.subarray(bodyLength);
  const actual = sha256(bytes.subarray(0, bodyLength));
  for (let i = 0; i < CHECKSUM_BYTES; i++) if (expected[i] !== actual[i]) fail('damaged');
  return { header: parseHeader(headerBytes), state: bytes.subarray(at, bodyLength) };
}

function parseHeader(bytes: Uint8Array): WorkshopFileHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(decodeUtf8(bytes));
  } catch {
    fail('damaged');
  }
  const schemaVersion = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  const appVersion = (raw as { appVersion?: unknown } | null)?.appVersion;
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) {
    throw newerVersion(typeof appVersion === 'string' ? appVersion.slice(0, 64) : null);
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) fail('damaged');
  return parsed.data;
}

/** Reads only the header (checking the whole file), e.g. to name it in a dialog. */
export function readWorkshopFileHeader(bytes: Uint8Array): WorkshopFileHeader {
  return splitFile(bytes).header;
}

export interface DecodedWorkshopFile {
  readonly header: WorkshopFileHeader;
  /** A fresh, validated, current-schema document. The caller destroys it. */
  readonly doc: Y.Doc;
  /** The Yjs state exactly as saved (v1 update). */
  readonly state: Uint8Array;
}

/**
 * Checks everything (magic, version, lengths, checksum, header, then the
 * document itself through restore) and returns the workshop. Throws
 * WorkshopFileError with a plain message; never changes anything.
 */
export function decodeWorkshopFile(bytes: Uint8Array): DecodedWorkshopFile {
  const { header, state } = splitFile(bytes);
  try {
    return { header, doc: restoreFromUpdate(state), state };
  } catch (error) {
    if (!(error instanceof RestoreError)) throw error;
    if (error.code === 'newer-version') throw newerVersion(header.appVersion);
    if (error.code === 'empty' || error.code === 'not-a-workshop') {
      throw new WorkshopFileError('invalid-workshop', 'This file holds no workshop details, so there is nothing to open.');
    }
    throw new WorkshopFileError('invalid-workshop', error.message);
  }
}

/** A file name for a workshop: its title made safe for every OS, plus the extension. */
export function workshopFileName(title: string): string {
  const safe = title
    .normalize('NFC')
    // Windows-forbidden characters and control characters.
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80);
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(safe);
  return `${safe && !reserved ? safe : 'Workshop'}${WORKSHOP_FILE_EXTENSION}`;
}
