// Publishing notes written privately: they were made on one laptop with their
// final ids, so publishing twice (a crash between publishing and forgetting the
// private copy) adds nothing the second time.
import * as Y from 'yjs';
import { MAX_NOTE_LENGTH, blockerRecord, blockersMap, metaMap } from '../schema.js';
import { OpError } from './op-error.js';
import { addBlockerRecord, checkNewBlocker, type NewBlocker } from './blockers.js';
import { checkField, checkWords, transactLocal } from './util.js';

export interface PublishedBlocker extends NewBlocker {
  /** `blocker:…`, chosen when the note was written privately. */
  readonly id: string;
  /** When it was written; omitted to stamp it now. */
  readonly createdAt?: number;
}

/** Adds privately written notes in one transaction, skipping any already in the workshop. Returns the ids added. */
export function publishBlockers(doc: Y.Doc, notes: readonly PublishedBlocker[]): string[] {
  if (!Array.isArray(notes)) throw new OpError('The notes to publish must be a list.');
  const now = Date.now();
  const seen = new Set<string>();
  const checked = notes.flatMap((note) => {
    if (typeof note?.id !== 'string' || !note.id.startsWith(blockerRecord.prefix) || note.id.length > 64) {
      throw new OpError(`A note's id must start with "${blockerRecord.prefix}".`);
    }
    if (blockersMap(doc).has(note.id) || seen.has(note.id)) return [];
    seen.add(note.id);
    checkWords('blocker text', note.text, MAX_NOTE_LENGTH);
    const createdAt = note.createdAt === undefined ? now : checkField(blockerRecord.fields.createdAt, note.createdAt) as number;
    const { id, createdAt: _c, ...rest } = note;
    return [{ id, createdAt, values: checkNewBlocker(doc, rest) }];
  });
  const anonymous = metaMap(doc).get('anonymous') === true;
  if (checked.length === 0) return [];
  return transactLocal(doc, () => checked.map(({ id, createdAt, values }) => {
    addBlockerRecord(doc, id, { ...values, ...(anonymous ? { authorId: null } : {}), createdAt });
    return id;
  }));
}
