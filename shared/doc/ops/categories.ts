// A workshop's categories: the seeded list, reworded or recoloured per
// workshop, plus categories the room adds. Blockers name a seeded category by
// its seeded id and an added one by its record id.
import * as Y from 'yjs';
import { newId } from '../ids.js';
import { isReadableBehindText, isHexColour } from '../colour.js';
import { CATEGORIES, MAX_NAME_LENGTH, blockersMap, categoriesMap, categoryRecord, type CategoryId } from '../schema.js';
import { OpError } from './op-error.js';
import { checkWords, getRecord, newRecordMap, setTextMinimal, textOf, transactLocal } from './util.js';

export interface NewCategory {
  readonly name: string;
  readonly colour: string;
}

const SEEDED = new Map<string, (typeof CATEGORIES)[number]>(CATEGORIES.map((c) => [c.id, c]));

/** The record id that rewords a seeded category: one per seeded id, so concurrent renames meet. */
export function seedOverrideId(seedId: CategoryId): string {
  return `${categoryRecord.prefix}${seedId}`;
}

function checkColour(colour: unknown): string {
  if (!isHexColour(colour)) throw new OpError('Choose a colour written as #RRGGBB, for example #FFE08A.');
  if (!isReadableBehindText(colour)) {
    throw new OpError('That colour is too dark for the words on a note to be read. Choose a lighter colour.');
  }
  return colour.toUpperCase();
}

/** Every category name in use now (lower case), except the one being renamed. */
function namesInUse(doc: Y.Doc, except: string | null): Set<string> {
  const names = new Map<string, string>();
  for (const seed of CATEGORIES) names.set(seed.id, seed.label);
  for (const [id, map] of categoriesMap(doc).entries()) {
    if (!(map instanceof Y.Map)) continue;
    const seedId = map.get('seedId');
    const name = map.get('name');
    names.set(typeof seedId === 'string' ? seedId : id, name instanceof Y.Text ? name.toString() : '');
  }
  if (except !== null) names.delete(except);
  return new Set([...names.values()].map((n) => n.trim().toLowerCase()));
}

function checkName(doc: Y.Doc, name: unknown, except: string | null): string {
  const words = checkWords('category name', name, MAX_NAME_LENGTH).trim();
  if (namesInUse(doc, except).has(words.toLowerCase())) {
    throw new OpError(`There is already a category called "${words}". Choose another name.`);
  }
  return words;
}

/** Adds a category of the workshop's own. */
export function addCategory(doc: Y.Doc, input: NewCategory): string {
  const name = checkName(doc, input?.name, null);
  const colour = checkColour(input?.colour);
  const id = newId(categoryRecord.prefix);
  return transactLocal(doc, () => {
    categoriesMap(doc).set(id, newRecordMap(categoryRecord, id, { name, colour, seedId: null, createdAt: Date.now() }));
    return id;
  });
}

/** The record for a category id: an added one, or the seeded one's override (made on first change). */
function editableRecord(doc: Y.Doc, id: unknown): { map: Y.Map<unknown> | null; seed: (typeof CATEGORIES)[number] | null; key: string } {
  if (typeof id === 'string' && SEEDED.has(id)) {
    const seed = SEEDED.get(id)!;
    const key = seedOverrideId(seed.id);
    const existing = categoriesMap(doc).get(key);
    return { map: existing instanceof Y.Map ? existing : null, seed, key };
  }
  const map = getRecord(doc, 'category', id);
  if (map.get('seedId') != null) throw new OpError('Change a seeded category through its own id.');
  return { map, seed: null, key: id as string };
}

function writeOverride(doc: Y.Doc, target: ReturnType<typeof editableRecord>, change: { name?: string; colour?: string }): void {
  transactLocal(doc, () => {
    if (target.map) {
      if (change.name !== undefined) setTextMinimal(textOf(target.map, 'name'), change.name);
      if (change.colour !== undefined && target.map.get('colour') !== change.colour) target.map.set('colour', change.colour);
      return;
    }
    const seed = target.seed!;
    categoriesMap(doc).set(target.key, newRecordMap(categoryRecord, target.key, {
      name: change.name ?? seed.label, colour: change.colour ?? seed.colour, seedId: seed.id, createdAt: Date.now(),
    }));
  });
}

/** Renames a category (seeded or added) for this workshop. */
export function renameCategory(doc: Y.Doc, id: string, name: string): void {
  const target = editableRecord(doc, id);
  writeOverride(doc, target, { name: checkName(doc, name, target.seed ? target.seed.id : id) });
}

/** Gives a category (seeded or added) another colour for this workshop. */
export function recolourCategory(doc: Y.Doc, id: string, colour: string): void {
  const target = editableRecord(doc, id);
  writeOverride(doc, target, { colour: checkColour(colour) });
}

/** Removes a category the workshop added; its notes move to "Other". Seeded ones stay. */
export function deleteCategory(doc: Y.Doc, id: string): void {
  if (typeof id === 'string' && SEEDED.has(id)) throw new OpError('The seeded categories cannot be removed; rename it instead.');
  const map = getRecord(doc, 'category', id);
  if (map.get('seedId') != null) throw new OpError('The seeded categories cannot be removed; rename it instead.');
  transactLocal(doc, () => {
    categoriesMap(doc).delete(id);
    for (const blocker of blockersMap(doc).values()) {
      if (blocker instanceof Y.Map && blocker.get('category') === id) blocker.set('category', 'other');
    }
  });
}
