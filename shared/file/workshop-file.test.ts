import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlocker, addIdea, addSection, addTheme, deleteBlocker, editBlockerText, updateMeta } from '../doc/ops/index.js';
import { readWorkshop } from '../doc/read.js';
import { metaMap, SCHEMA_VERSION } from '../doc/schema.js';
import { newWorkshop } from '../../test/helpers/workshop-doc.js';
import {
  decodeWorkshopFile,
  encodeWorkshopFile,
  FORMAT_VERSION,
  MAGIC,
  readWorkshopFileHeader,
  WorkshopFileError,
  workshopFileName,
  type WorkshopFileErrorCode,
} from './workshop-file.js';

const ID = 'workshop:abcDEF123_-x';
const SAVED_AT = new Date('2026-03-04T10:11:12.000Z');

function richWorkshop(): Y.Doc {
  const { doc, me } = newWorkshop();
  const a = addBlocker(doc, { text: 'Re-keying the same referral into two systems', authorId: me, x: 10, y: 20, minutesPerWeek: 45 });
  const b = addBlocker(doc, { text: 'Waiting for a pool car — “again”', x: 300, y: 40 });
  addBlocker(doc, { text: 'Émoji and accents survive 🚗', x: 1, y: 2 });
  const gone = addBlocker(doc, { text: 'deleted later', x: 5, y: 5 });
  editBlockerText(doc, a, 'Re-keying the same referral into three systems');
  deleteBlocker(doc, gone);
  addTheme(doc, { name: 'Systems' });
  addIdea(doc, { text: 'One referral form', blockerIds: [a, b], owner: 'Team manager', reviewDate: '2026-06-01' });
  addSection(doc, { title: 'Decision rights' });
  updateMeta(doc, { title: 'Time with families, session 2' });
  return doc;
}

function encode(doc: Y.Doc): Uint8Array {
  return encodeWorkshopFile(doc, { workshopId: ID, appVersion: '0.1.0', savedAt: SAVED_AT });
}

function errorOf(bytes: Uint8Array): WorkshopFileError {
  try {
    decodeWorkshopFile(bytes).doc.destroy();
  } catch (error) {
    if (error instanceof WorkshopFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function expectRefused(bytes: Uint8Array, code: WorkshopFileErrorCode, message?: RegExp): void {
  const error = errorOf(bytes);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

describe('the workshop file round trip', () => {
  it('gives back an identical document', () => {
    const doc = richWorkshop();
    const { doc: back, header } = decodeWorkshopFile(encode(doc));
    expect(Y.encodeStateVector(back)).toEqual(Y.encodeStateVector(doc));
    expect(readWorkshop(back)).toEqual(readWorkshop(doc));
    expect(Y.encodeStateAsUpdate(back)).toEqual(Y.encodeStateAsUpdate(doc));
    expect(header).toEqual({
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      workshopId: ID,
      title: 'Time with families, session 2',
      savedAt: '2026-03-04T10:11:12.000Z',
    });
  });

  it('is stable: saving the opened document again gives the same bytes', () => {
    const bytes = encode(richWorkshop());
    const again = encode(decodeWorkshopFile(bytes).doc);
    expect(again).toEqual(bytes);
  });

  it('keeps deletions, so a merge with an older copy does not bring a deleted note back', () => {
    const doc = richWorkshop();
    const back = decodeWorkshopFile(encode(doc)).doc;
    expect(Object.values(readWorkshop(back).blockers).map((b) => b.text)).not.toContain('deleted later');
    const older = new Y.Doc();
    Y.applyUpdate(older, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(older, Y.encodeStateAsUpdate(back));
    expect(readWorkshop(older)).toEqual(readWorkshop(doc));
  });

  it('reads the header alone, checking the whole file', () => {
    const bytes = encode(richWorkshop());
    expect(readWorkshopFileHeader(bytes).title).toBe('Time with families, session 2');
    expect(() => readWorkshopFileHeader(bytes.subarray(0, bytes.length - 1))).toThrow(WorkshopFileError);
  });

  it('starts with the magic bytes and format version 1', () => {
    const bytes = encode(richWorkshop());
    expect(bytes.subarray(0, 8)).toEqual(MAGIC);
    expect(new DataView(bytes.buffer).getUint16(8, true)).toBe(FORMAT_VERSION);
  });

  it('refuses to encode under an id that is not a workshop id', () => {
    expect(() => encodeWorkshopFile(richWorkshop(), { workshopId: '../x', appVersion: '1' })).toThrow();
  });
});

describe('bad files', () => {
  it('an empty file', () => {
    expectRefused(new Uint8Array(), 'empty', /empty/);
  });

  it('cut short at every length', () => {
    const bytes = encode(richWorkshop());
    // Every class of cut: inside the magic, the version, each length, the
    // header, the state and the checksum; one byte short included.
    for (let length = 1; length < bytes.length; length++) {
      const error = errorOf(bytes.slice(0, length));
      expect(error.code, `cut at ${length} of ${bytes.length}`).toBe('incomplete');
      expect(error.message).toBe(
        'This file is incomplete — it may have been cut short while copying. Try the original, or an earlier copy.',
      );
    }
  });

  it('with bytes added at the end', () => {
    const bytes = encode(richWorkshop());
    expectRefused(Uint8Array.from([...bytes, 0]), 'damaged');
  });

  it('with any single byte changed after the magic', () => {
    const bytes = encode(richWorkshop());
    for (let i = MAGIC.length; i < bytes.length; i += 7) {
      const copy = bytes.slice();
      copy[i] = copy[i]! ^ 0x55;
      const code = errorOf(copy).code;
      expect(['damaged', 'incomplete', 'newer-version'], `byte ${i}`).toContain(code);
    }
  });

  it('a PNG, a zip and a text file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...deflateSync(Buffer.from('hello'))]);
    const text = new TextEncoder().encode('Blockers:\n- pool car\n');
    const yjsAlone = Y.encodeStateAsUpdate(richWorkshop());
    for (const bytes of [png, zip, text, yjsAlone]) {
      expectRefused(bytes, 'foreign', /^This file is not a Small Changes workshop\.$/);
    }
  });

  it('a well-formed file whose state is not a workshop', () => {
    const notWorkshop = new Y.Doc();
    notWorkshop.getArray('elsewhere').push([1]);
    // encodeWorkshopFile reads the title, which an empty meta has as ''.
    expectRefused(encode(notWorkshop), 'invalid-workshop', /no workshop details/);
  });

  it('a file from a newer format: a clear message, not a crash', () => {
    const bytes = encode(richWorkshop());
    new DataView(bytes.buffer).setUint16(8, FORMAT_VERSION + 1, true);
    expectRefused(bytes, 'newer-version', /newer version of Small Changes Studio\. Update the app/);
  });

  it('a document from a newer schema names the version that saved it', () => {
    const doc = richWorkshop();
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    const bytes = encodeWorkshopFile(doc, { workshopId: ID, appVersion: '9.0.0', savedAt: SAVED_AT });
    expectRefused(bytes, 'newer-version', /saved by a newer version of Small Changes Studio \(9\.0\.0\)/);
  });
});

describe('workshopFileName', () => {
  it('makes a safe name from the title', () => {
    expect(workshopFileName('Time with families: session 2')).toBe('Time with families session 2.smallchanges');
    expect(workshopFileName('a/b\\c?*')).toBe('a b c.smallchanges');
    expect(workshopFileName('   ')).toBe('Workshop.smallchanges');
    expect(workshopFileName('CON')).toBe('Workshop.smallchanges');
    expect(workshopFileName('Ends with dots...')).toBe('Ends with dots.smallchanges');
  });
});
