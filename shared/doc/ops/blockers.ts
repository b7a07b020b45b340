import * as Y from 'yjs';
import { newId } from '../ids.js';
import {
  MAX_NOTE_LENGTH, blockerRecord, blockersMap, categoryRecord, ideasMap, metaMap,
  type FrequencyId, type ScopeId,
} from '../schema.js';
import type { CategoryRef } from '../types.js';
import { OpError } from './op-error.js';
import { checkField, checkFiniteNumber, checkPatch, checkWords, getRecord, newRecordMap, setTextMinimal, textOf, transactLocal } from './util.js';

export interface NewBlocker {
  readonly text: string;
  readonly category?: CategoryRef;
  readonly scope?: ScopeId | null;
  readonly affects?: string;
  readonly frequency?: FrequencyId | null;
  readonly minutesPerWeek?: number | null;
  readonly evidence?: string;
  /** Participant id; ignored (stored as null) when the workshop is anonymous. */
  readonly authorId?: string | null;
  readonly x?: number;
  readonly y?: number;
  readonly themeId?: string | null;
}

/** Every field but the words (editBlockerText) and the creation time. */
export interface BlockerPatch {
  readonly category?: CategoryRef;
  readonly scope?: ScopeId | null;
  readonly affects?: string;
  readonly frequency?: FrequencyId | null;
  readonly minutesPerWeek?: number | null;
  readonly evidence?: string;
  readonly authorId?: string | null;
  readonly x?: number;
  readonly y?: number;
  readonly themeId?: string | null;
  readonly sameAs?: string | null;
}

export interface BlockerMove {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

const f = blockerRecord.fields;
const PATCHABLE = ['category', 'scope', 'affects', 'frequency', 'minutesPerWeek', 'evidence', 'authorId', 'x', 'y', 'themeId', 'sameAs'] as const;

/** References must point at records that exist here and now. */
function checkRefs(doc: Y.Doc, values: { authorId?: unknown; themeId?: unknown; category?: unknown; sameAs?: unknown }, id?: string): void {
  if (typeof values.authorId === 'string') getRecord(doc, 'participant', values.authorId);
  if (typeof values.themeId === 'string') getRecord(doc, 'theme', values.themeId);
  if (typeof values.category === 'string' && values.category.startsWith(categoryRecord.prefix)) {
    // A rewording of a seeded category is not itself a category a note can be in.
    if (getRecord(doc, 'category', values.category).get('seedId') != null) {
      throw new OpError('That category rewords a seeded one: put the note in the seeded category instead.');
    }
  }
  if (typeof values.sameAs === 'string') {
    if (values.sameAs === id) throw new OpError('A note cannot be marked as the same as itself.');
    getRecord(doc, 'blocker', values.sameAs);
  }
}

/** Checks a new blocker's input (words included); returns the values to store, words as `text`. */
export function checkNewBlocker(doc: Y.Doc, input: NewBlocker): Record<string, unknown> {
  const text = checkWords('blocker text', input?.text, MAX_NOTE_LENGTH);
  const { text: _words, ...rest } = input;
  const entries = checkPatch(f, rest, PATCHABLE, 'blocker');
  const values: Record<string, unknown> = Object.fromEntries(entries);
  if (metaMap(doc).get('anonymous') === true) values.authorId = null;
  checkRefs(doc, values);
  return { ...values, text };
}

/** Writes a checked blocker under its id; call inside a local transaction. */
export function addBlockerRecord(doc: Y.Doc, id: string, values: Readonly<Record<string, unknown>>): void {
  blockersMap(doc).set(id, newRecordMap(blockerRecord, id, values));
}

export function addBlocker(doc: Y.Doc, input: NewBlocker): string {
  const values = checkNewBlocker(doc, input);
  const id = newId(blockerRecord.prefix);
  return transactLocal(doc, () => {
    addBlockerRecord(doc, id, { ...values, createdAt: Date.now() });
    return id;
  });
}

export function editBlockerText(doc: Y.Doc, id: string, text: string): void {
  const map = getRecord(doc, 'blocker', id);
  const next = checkWords('blocker text', text, MAX_NOTE_LENGTH);
  transactLocal(doc, () => setTextMinimal(textOf(map, 'text'), next));
}

export function updateBlocker(doc: Y.Doc, id: string, patch: BlockerPatch): void {
  const map = getRecord(doc, 'blocker', id);
  if (typeof patch === 'object' && patch !== null && 'text' in patch) {
    throw new OpError('Change a blocker\'s words with editBlockerText, so colleagues\' typing is kept.');
  }
  const entries = checkPatch(f, patch, PATCHABLE, 'blocker');
  checkRefs(doc, Object.fromEntries(entries), id);
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
  });
}

/** The same change to several blockers (a multi-selection): checked first, then one transaction. */
export function updateBlockers(doc: Y.Doc, ids: readonly string[], patch: BlockerPatch): void {
  if (!Array.isArray(ids)) throw new OpError('The blockers must be a list of ids.');
  if (typeof patch === 'object' && patch !== null && 'text' in patch) {
    throw new OpError('Change a blocker\'s words with editBlockerText, so colleagues\' typing is kept.');
  }
  const maps = ids.map((id) => getRecord(doc, 'blocker', id));
  const entries = checkPatch(f, patch, PATCHABLE, 'blocker');
  for (const id of ids) checkRefs(doc, Object.fromEntries(entries), id);
  if (entries.length === 0 || maps.length === 0) return;
  transactLocal(doc, () => {
    for (const map of maps) for (const [name, value] of entries) if (map.get(name) !== value) map.set(name, value);
  });
}

function checkMove(doc: Y.Doc, move: BlockerMove): [Y.Map<unknown>, number, number] {
  const map = getRecord(doc, 'blocker', move.id);
  const x = checkField(f.x, checkFiniteNumber('position across the board', move.x)) as number;
  const y = checkField(f.y, checkFiniteNumber('position down the board', move.y)) as number;
  return [map, x, y];
}

export function moveBlocker(doc: Y.Doc, id: string, x: number, y: number): void {
  moveBlockers(doc, [{ id, x, y }]);
}

/** Moves several blockers in one transaction: dropping a multi-selection is one undo step. */
export function moveBlockers(doc: Y.Doc, moves: readonly BlockerMove[]): void {
  if (!Array.isArray(moves)) throw new OpError('The moves must be a list.');
  const checked = moves.map((move) => checkMove(doc, move));
  if (checked.length === 0) return;
  transactLocal(doc, () => {
    for (const [map, x, y] of checked) {
      if (map.get('x') !== x) map.set('x', x);
      if (map.get('y') !== y) map.set('y', y);
    }
  });
}

/** Deletes a blocker, unlinks it from every idea and from notes marked as the same as it. */
export function deleteBlocker(doc: Y.Doc, id: string): void {
  getRecord(doc, 'blocker', id);
  transactLocal(doc, () => {
    blockersMap(doc).delete(id);
    for (const other of blockersMap(doc).values()) {
      if (other instanceof Y.Map && other.get('sameAs') === id) other.set('sameAs', null);
    }
    for (const idea of ideasMap(doc).values()) {
      const links = idea instanceof Y.Map ? idea.get('blockerIds') : undefined;
      if (links instanceof Y.Map && links.has(id)) links.delete(id);
    }
  });
}
