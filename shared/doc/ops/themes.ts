import * as Y from 'yjs';
import { newId } from '../ids.js';
import { MAX_TITLE_LENGTH, blockersMap, themeRecord, themesMap } from '../schema.js';
import { OpError } from './op-error.js';
import { checkWords, getRecord, newRecordMap, removeFromDraftRounds, setTextMinimal, textOf, transactLocal } from './util.js';

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
