import * as Y from 'yjs';
import { newId } from '../ids.js';
import { MAX_TITLE_LENGTH, blockerRecord, blockersMap, recordsOf, themeRecord, themesMap } from '../schema.js';
import { OpError } from './op-error.js';
import {
  checkField, checkFiniteNumber, checkWords, getRecord, newRecordMap, removeFromDraftRounds, setTextMinimal, textOf, transactLocal,
} from './util.js';

export interface NewTheme {
  readonly name: string;
}

export function addTheme(doc: Y.Doc, input: NewTheme): string {
  const name = checkWords('theme name', input.name, MAX_TITLE_LENGTH);
  const id = newId(themeRecord.prefix);
  return transactLocal(doc, () => {
    themesMap(doc).set(id, newRecordMap(themeRecord, id, { name, createdAt: Date.now() }));
    return id;
  });
}

/** Renames with a minimal text change, so two people renaming at once merge. */
export function renameTheme(doc: Y.Doc, id: string, name: string): void {
  const map = getRecord(doc, 'theme', id);
  const next = checkWords('theme name', name, MAX_TITLE_LENGTH);
  transactLocal(doc, () => setTextMinimal(textOf(map, 'name'), next));
}

/** Deletes a theme; its blockers become unthemed and draft ballots drop it. */
export function deleteTheme(doc: Y.Doc, id: string): void {
  getRecord(doc, 'theme', id);
  transactLocal(doc, () => {
    themesMap(doc).delete(id);
    for (const blocker of blockersMap(doc).values()) {
      if (blocker instanceof Y.Map && blocker.get('themeId') === id) blocker.set('themeId', null);
    }
    removeFromDraftRounds(doc, id);
  });
}

/** Puts blockers into a theme (or none, with null) in one step. */
export function setBlockerTheme(doc: Y.Doc, blockerIds: readonly string[], themeId: string | null): void {
  if (!Array.isArray(blockerIds)) throw new OpError('The blockers must be a list of ids.');
  if (themeId !== null) getRecord(doc, 'theme', themeId);
  const maps = blockerIds.map((id) => getRecord(doc, 'blocker', id));
  if (maps.length === 0) return;
  transactLocal(doc, () => {
    for (const map of maps) if (map.get('themeId') !== themeId) map.set('themeId', themeId);
  });
}

export interface GroupBlockers {
  readonly blockerIds: readonly string[];
  /** Join this theme… */
  readonly themeId?: string;
  /** …or make a new one with this name. */
  readonly newThemeName?: string;
  /** Positions to set in the same step (a note dropped on another lands where it was dropped). */
  readonly moves?: readonly { readonly id: string; readonly x: number; readonly y: number }[];
}

/**
 * Groups blockers into an existing theme or a new one, optionally moving them,
 * in one transaction: one undo step and one message to the room. Returns the theme id.
 */
export function groupBlockers(doc: Y.Doc, input: GroupBlockers): string {
  if (!Array.isArray(input?.blockerIds) || input.blockerIds.length === 0) throw new OpError('Choose at least one note to group.');
  const hasTheme = typeof input.themeId === 'string';
  if (hasTheme === (input.newThemeName !== undefined)) throw new OpError('Say which theme to group the notes into, or name a new one.');
  const name = hasTheme ? null : checkWords('theme name', input.newThemeName, MAX_TITLE_LENGTH);
  if (hasTheme) getRecord(doc, 'theme', input.themeId);
  const maps = input.blockerIds.map((id) => getRecord(doc, 'blocker', id));
  const moves = (input.moves ?? []).map((move) => ({
    map: getRecord(doc, 'blocker', move.id),
    x: checkField(blockerRecord.fields.x, checkFiniteNumber('position across the board', move.x)) as number,
    y: checkField(blockerRecord.fields.y, checkFiniteNumber('position down the board', move.y)) as number,
  }));
  return transactLocal(doc, () => {
    let themeId = input.themeId as string;
    if (name !== null) {
      themeId = newId(themeRecord.prefix);
      themesMap(doc).set(themeId, newRecordMap(themeRecord, themeId, { name, createdAt: Date.now() }));
    }
    for (const map of maps) if (map.get('themeId') !== themeId) map.set('themeId', themeId);
    for (const { map, x, y } of moves) {
      if (map.get('x') !== x) map.set('x', x);
      if (map.get('y') !== y) map.set('y', y);
    }
    return themeId;
  });
}

/**
 * Merges whole themes into one: every note of the sources joins the target, the
 * sources are deleted and draft ballots that listed them list the target once.
 * One transaction.
 */
export function mergeThemes(doc: Y.Doc, sourceIds: readonly string[], targetId: string): void {
  if (!Array.isArray(sourceIds)) throw new OpError('The themes to merge must be a list of ids.');
  getRecord(doc, 'theme', targetId);
  const sources = [...new Set(sourceIds)].filter((id) => id !== targetId);
  for (const id of sources) getRecord(doc, 'theme', id);
  if (sources.length === 0) throw new OpError('Choose at least one other theme to merge into this one.');
  const merged = new Set(sources);
  transactLocal(doc, () => {
    for (const blocker of blockersMap(doc).values()) {
      if (blocker instanceof Y.Map && merged.has(blocker.get('themeId') as string)) blocker.set('themeId', targetId);
    }
    for (const id of sources) themesMap(doc).delete(id);
    for (const round of recordsOf(doc, 'round').values()) {
      if (!(round instanceof Y.Map) || round.get('status') !== 'draft') continue;
      const items = round.get('itemIds');
      if (!Array.isArray(items) || !items.some((item) => merged.has(item))) continue;
      const next: string[] = [];
      for (const item of items as string[]) {
        const kept = merged.has(item) ? targetId : item;
        if (!next.includes(kept)) next.push(kept);
      }
      round.set('itemIds', next);
    }
  });
}

/** Ungrouping a theme deletes it and leaves its notes on the board, unthemed. */
export const ungroupTheme = deleteTheme;
