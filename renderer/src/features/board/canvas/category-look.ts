import { CATEGORIES } from '../../../../../shared/doc/schema';
import type { WorkshopCategory } from '../../../../../shared/doc/types';

/** How a category shows on a note: its words (colour is never the only signal) and its colour. */
export interface CategoryLook {
  readonly label: string;
  readonly colour: string;
}

const FALLBACK: CategoryLook = { label: 'Other', colour: '#DDDDDD' };
const SEEDED = new Map<string, CategoryLook>(CATEGORIES.map((c) => [c.id, { label: c.label, colour: c.colour }]));
const cache = new WeakMap<object, Map<string, CategoryLook>>();

/**
 * Every category this workshop knows, by the id a blocker stores: the seeded
 * list, as the workshop reworded or recoloured it, plus the ones it added.
 * Built once per categories snapshot, so notes receive stable values.
 */
export function categoryLooks(categories: Readonly<Record<string, WorkshopCategory>> | undefined): Map<string, CategoryLook> {
  if (!categories) return SEEDED;
  let looks = cache.get(categories);
  if (looks) return looks;
  looks = new Map(SEEDED);
  for (const category of Object.values(categories)) {
    looks.set(category.seedId ?? category.id, { label: category.name || FALLBACK.label, colour: category.colour });
  }
  cache.set(categories, looks);
  return looks;
}

export function lookFor(looks: Map<string, CategoryLook>, categoryId: string): CategoryLook {
  return looks.get(categoryId) ?? looks.get('other') ?? FALLBACK;
}
