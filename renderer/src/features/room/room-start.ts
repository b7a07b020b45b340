// Starting a room's empty workshop, safely when two laptops start it at once.
//
// Both laptops see "not started" and both write the workshop. Yjs settles the
// meta keys the same way everywhere (both starts write every key in one
// transaction, and the higher client id wins each key), so the room ends with
// one title. The agenda steps and categories, though, are records with random
// ids: both sets would survive the merge. So the laptop whose start lost takes
// its own records back out as soon as it sees the winner's workshop. Only the
// loser removes, and only what it wrote a moment ago, so no one's work is lost.
import type * as Y from 'yjs';
import { createWorkshop, OpError, type NewWorkshop } from '../../../../shared/doc/ops';
import { transactLocal } from '../../../../shared/doc/ops/util';
import { agendaMap, categoriesMap, metaMap } from '../../../../shared/doc/schema';
import { applyTemplate } from '../../../../shared/facilitation/template-ops';
import { templateSchema, type SessionTemplate } from '../../../../shared/facilitation/templates';

/** What one laptop's start wrote: enough to recognise whether it won, and to take it back if not. */
export interface RoomStart {
  /** The workshop's creation time, which nothing changes afterwards (a title may be edited later). */
  readonly createdAt: unknown;
  readonly agendaIds: readonly string[];
  readonly categoryIds: readonly string[];
}

const keysOf = (map: { keys(): IterableIterator<string> }): Set<string> => new Set(map.keys());

/** Writes the workshop and, when one is chosen, its template's agenda and categories, in one transaction. */
export function startRoomWorkshop(doc: Y.Doc, details: NewWorkshop, template?: SessionTemplate): RoomStart {
  // Checked before anything is written: a transaction cannot be rolled back halfway.
  if (template && !templateSchema.safeParse(template).success) throw new OpError('That session template cannot be used: choose another, or the standard agenda.');
  const agendaBefore = keysOf(agendaMap(doc));
  const categoriesBefore = keysOf(categoriesMap(doc));
  // One transaction: every meta key comes from the same write, so a
  // concurrent start wins or loses as a whole, never key by key.
  transactLocal(doc, () => {
    createWorkshop(doc, details);
    if (template) applyTemplate(doc, template);
  });
  return {
    createdAt: metaMap(doc).get('createdAt'),
    agendaIds: [...agendaMap(doc).keys()].filter((id) => !agendaBefore.has(id)),
    categoryIds: [...categoriesMap(doc).keys()].filter((id) => !categoriesBefore.has(id)),
  };
}

/** True while the workshop in the document is the one this start wrote. */
// Two starts in the same millisecond would both count as won and keep both
// agendas; that is the one case this cannot tell apart.
export function startWon(doc: Y.Doc, start: RoomStart): boolean {
  return metaMap(doc).get('createdAt') === start.createdAt;
}

/**
 * Takes a lost start's agenda and categories back out. Returns true when it
 * did. Safe to call any number of times: a won start is left alone, and a
 * record already gone is skipped.
 */
export function withdrawLostStart(doc: Y.Doc, start: RoomStart): boolean {
  if (startWon(doc, start)) return false;
  const agenda = agendaMap(doc);
  const categories = categoriesMap(doc);
  const agendaIds = start.agendaIds.filter((id) => agenda.has(id));
  const categoryIds = start.categoryIds.filter((id) => categories.has(id));
  if (agendaIds.length + categoryIds.length === 0) return false;
  transactLocal(doc, () => {
    for (const id of agendaIds) agenda.delete(id);
    for (const id of categoryIds) categories.delete(id);
  });
  return true;
}

/**
 * Watches the workshop's details after a start, and withdraws the start the
 * moment another laptop's wins. Stops when the document is destroyed or when
 * the returned function is called.
 */
export function watchRoomStart(doc: Y.Doc, start: RoomStart, onLost?: () => void): () => void {
  const meta = metaMap(doc);
  let lost = false;
  const check = (): void => {
    if (lost || startWon(doc, start)) return;
    lost = true;
    withdrawLostStart(doc, start);
    onLost?.();
  };
  meta.observe(check);
  const stop = (): void => {
    meta.unobserve(check);
    doc.off('destroy', stop);
  };
  doc.on('destroy', stop);
  check();
  return stop;
}
