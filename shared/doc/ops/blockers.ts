import * as Y from 'yjs';
import { newId } from '../ids.js';
import {
  MAX_NOTE_LENGTH, blockerRecord, blockersMap, ideasMap, metaMap,
  type CategoryId, type FrequencyId, type ScopeId,
} from '../schema.js';
import { OpError } from './op-error.js';
import { checkField, checkFiniteNumber, checkPatch, checkWords, getRecord, newRecordMap, setTextMinimal, textOf, transactLocal } from './util.js';

export interface NewBlocker {
  readonly text: string;
  readonly category?: CategoryId;
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
  readonly category?: CategoryId;
  readonly scope?: ScopeId | null;
  readonly affects?: string;
  readonly frequency?: FrequencyId | null;
  readonly minutesPerWeek?: number | null;
  readonly evidence?: string;
  readonly authorId?: string | null;
  readonly x?: number;
  readonly y?: number;
  readonly themeId?: string | null;
}

export interface BlockerMove {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

const f = blockerRecord.fields;
const PATCHABLE = ['category', 'scope', 'affects', 'frequency', 'minutesPerWeek', 'evidence', 'authorId', 'x', 'y', 'themeId'] as const;

/** References must point at records that exist here and now. */
function checkRefs(doc: Y.Doc, values: { authorId?: unknown; themeId?: unknown }): void {
  if (typeof values.authorId === 'string') getRecord(doc, 'participant', values.authorId);
  if (typeof values.themeId === 'string') getRecord(doc, 'theme', values.themeId);
}

export function addBlocker(doc: Y.Doc, input: NewBlocker): string {
  const text = checkWords('blocker text', input.text, MAX_NOTE_LENGTH);
  const { text: _words, ...rest } = input;
  const entries = checkPatch(f, rest, PATCHABLE, 'blocker');
  const values: Record<string, unknown> = Object.fromEntries(entries);
  if (metaMap(doc).get('anonymous') === true) values.authorId = null;
  checkRefs(doc, values);
  const id = newId(blockerRecord.prefix);
  return transactLocal(doc, () => {
    blockersMap(doc).set(id, newRecordMap(blockerRecord, id, { ...values, text, createdAt: Date.now() }));
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
  checkRefs(doc, Object.fromEntries(entries));
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
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

/** Deletes a blocker and unlinks it from every idea. */
export function deleteBlocker(doc: Y.Doc, id: string): void {
  getRecord(doc, 'blocker', id);
  transactLocal(doc, () => {
    blockersMap(doc).delete(id);
    for (const idea of ideasMap(doc).values()) {
      const links = idea instanceof Y.Map ? idea.get('blockerIds') : undefined;
      if (links instanceof Y.Map && links.has(id)) links.delete(id);
    }
  });
}
