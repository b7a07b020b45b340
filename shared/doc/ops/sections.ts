import * as Y from 'yjs';
import { newId } from '../ids.js';
import { MAX_TITLE_LENGTH, sectionRecord, sectionsMap, type SectionKindId } from '../schema.js';
import { OpError } from './op-error.js';
import { checkField, checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

export interface NewSection {
  readonly title: string;
  readonly kind?: SectionKindId;
  /** Insert after this section; null puts it first; omitted puts it last. */
  readonly after?: string | null;
}

interface Placed {
  readonly id: string;
  readonly order: number;
}

/**
 * Sections in reading order: by `order`, ties broken by id so every peer
 * agrees. Deleted sections are left out (they keep their order for a restore).
 */
export function sectionOrder(doc: Y.Doc): Placed[] {
  const placed: Placed[] = [];
  for (const [id, map] of sectionsMap(doc).entries()) {
    if (!(map instanceof Y.Map) || typeof map.get('deletedAt') === 'number') continue;
    const order = map.get('order');
    placed.push({ id, order: typeof order === 'number' && Number.isFinite(order) ? order : 0 });
  }
  return placed.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * An order value between two neighbours (either may be missing). Returns null
 * when the gap has worn too thin for a float, so the caller renumbers.
 */
function between(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  const mid = (before + after) / 2;
  return mid > before && mid < after ? mid : null;
}

/** Finds an order for inserting at `index` of `list`, renumbering everything if needed. */
function orderAt(doc: Y.Doc, list: Placed[], index: number): { order: number; renumber: Placed[] | null } {
  const order = between(list[index - 1]?.order, list[index]?.order);
  if (order !== null) return { order, renumber: null };
  const renumbered = list.map((p, i) => ({ id: p.id, order: i < index ? i + 1 : i + 2 }));
  return { order: index + 1, renumber: renumbered };
}

function applyRenumber(doc: Y.Doc, renumber: Placed[] | null): void {
  if (!renumber) return;
  const root = sectionsMap(doc);
  for (const { id, order } of renumber) root.get(id)?.set('order', order);
}

export function addSection(doc: Y.Doc, input: NewSection): string {
  const title = checkWords('section title', input.title, MAX_TITLE_LENGTH);
  const kind = checkField(sectionRecord.fields.kind, input.kind ?? sectionRecord.fields.kind.default);
  const list = sectionOrder(doc);
  let index = list.length;
  if (input.after === null) index = 0;
  else if (input.after !== undefined) {
    getRecord(doc, 'section', input.after);
    index = list.findIndex((p) => p.id === input.after) + 1;
  }
  const { order, renumber } = orderAt(doc, list, index);
  const id = newId(sectionRecord.prefix);
  return transactLocal(doc, () => {
    applyRenumber(doc, renumber);
    sectionsMap(doc).set(id, newRecordMap(sectionRecord, id, { title, kind, order, createdAt: Date.now() }));
    return id;
  });
}

export function renameSection(doc: Y.Doc, id: string, title: string): void {
  const map = getRecord(doc, 'section', id);
  const next = checkWords('section title', title, MAX_TITLE_LENGTH);
  if (map.get('title') === next) return;
  transactLocal(doc, () => map.set('title', next));
}

/** Moves a section to a position (0 = first) in reading order. */
export function moveSection(doc: Y.Doc, id: string, toIndex: number): void {
  const map = getRecord(doc, 'section', id);
  if (!Number.isInteger(toIndex) || toIndex < 0) throw new OpError('The new position must be a whole number from 0.');
  const others = sectionOrder(doc).filter((p) => p.id !== id);
  const index = Math.min(toIndex, others.length);
  const current = sectionOrder(doc).findIndex((p) => p.id === id);
  if (current === index) return;
  const { order, renumber } = orderAt(doc, others, index);
  transactLocal(doc, () => {
    applyRenumber(doc, renumber);
    map.set('order', order);
  });
}

/**
 * Deletes a section softly: it leaves the blueprint but keeps its prose, so a
 * colleague typing in it at that moment loses nothing and anyone can restore it.
 */
export function deleteSection(doc: Y.Doc, id: string): void {
  const map = getRecord(doc, 'section', id);
  if (typeof map.get('deletedAt') === 'number') return;
  transactLocal(doc, () => map.set('deletedAt', Date.now()));
}

/** Brings a deleted section back where it was, with everything written in it. */
export function restoreSection(doc: Y.Doc, id: string): void {
  const map = getRecord(doc, 'section', id);
  if (typeof map.get('deletedAt') !== 'number') return;
  transactLocal(doc, () => map.set('deletedAt', null));
}
