// "These notes say the same thing": the room confirms a suggested duplicate, and
// totals then count the time lost once. The words of every note are kept.
import * as Y from 'yjs';
import { blockersMap } from '../schema.js';
import { OpError } from './op-error.js';
import { getRecord, transactLocal } from './util.js';

/** Follows sameAs links to the note a chain ends at (a cycle or a deleted note ends it). */
function canonicalOf(doc: Y.Doc, id: string): string {
  const seen = new Set<string>([id]);
  let current = id;
  for (;;) {
    const next = (blockersMap(doc).get(current) as Y.Map<unknown> | undefined)?.get('sameAs');
    if (typeof next !== 'string' || seen.has(next) || !(blockersMap(doc).get(next) instanceof Y.Map)) return current;
    seen.add(next);
    current = next;
  }
}

/**
 * Marks notes as saying the same thing. The earliest note becomes the one the
 * others point at (notes already pointing at any of them follow), so chains stay
 * one step long. One transaction. Returns the id of that earliest note.
 */
export function markSameBlockers(doc: Y.Doc, ids: readonly string[]): string {
  if (!Array.isArray(ids)) throw new OpError('The notes must be a list of ids.');
  for (const id of ids) getRecord(doc, 'blocker', id);
  const roots = [...new Set(ids.map((id) => canonicalOf(doc, id)))];
  if (roots.length < 2) throw new OpError('Choose at least two different notes to mark as the same.');
  const createdAt = (id: string) => {
    const value = (blockersMap(doc).get(id) as Y.Map<unknown>).get('createdAt');
    return typeof value === 'number' ? value : 0;
  };
  roots.sort((a, b) => createdAt(a) - createdAt(b) || a.localeCompare(b));
  const keep = roots[0]!;
  const merged = new Set(roots.slice(1));
  return transactLocal(doc, () => {
    (blockersMap(doc).get(keep) as Y.Map<unknown>).set('sameAs', null);
    for (const [id, map] of blockersMap(doc).entries()) {
      if (!(map instanceof Y.Map)) continue;
      const target = map.get('sameAs');
      if (merged.has(id) || (typeof target === 'string' && merged.has(target))) map.set('sameAs', keep);
    }
    return keep;
  });
}

/** Takes a note out of its "same as" group. */
export function unmarkSameBlocker(doc: Y.Doc, id: string): void {
  const map = getRecord(doc, 'blocker', id);
  if (map.get('sameAs') == null) return;
  transactLocal(doc, () => map.set('sameAs', null));
}
