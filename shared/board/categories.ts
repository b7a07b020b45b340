// The categories a board shows: the seeded list with this workshop's rewording
// and recolouring applied, then the categories the room added. Colour is never
// the only signal: every category has a text label.
import { CATEGORIES, type CategoryId } from '../doc/seeded-lists.js';
import type { CategoryRef, WorkshopCategory } from '../doc/types.js';

export interface BoardCategory {
  /** What blockers store: the seeded id, or an added category's record id. */
  readonly id: CategoryRef;
  readonly label: string;
  readonly colour: string;
  /** True for a category this workshop added (it can be removed). */
  readonly custom: boolean;
}

/** Lighter colours that keep dark note text readable (AAA against #1A1A1A), for choosing a category colour. */
export const CATEGORY_PALETTE: readonly { readonly colour: string; readonly name: string }[] = [
  { colour: '#A7C7E7', name: 'Blue' }, { colour: '#B5E3D8', name: 'Teal' }, { colour: '#FFE08A', name: 'Yellow' },
  { colour: '#F7B7A3', name: 'Coral' }, { colour: '#CDBBE8', name: 'Lilac' }, { colour: '#F4B3C2', name: 'Pink' },
  { colour: '#BDE3AD', name: 'Green' }, { colour: '#A3DAF0', name: 'Sky' }, { colour: '#F9C98B', name: 'Orange' },
  { colour: '#DCEBA5', name: 'Lime' }, { colour: '#DDDDDD', name: 'Grey' }, { colour: '#FFFFFF', name: 'White' },
];

/** Picks the override that wins when two were made at once: the one under the seed's own key, else the earliest. */
function overrideFor(seedId: CategoryId, records: readonly WorkshopCategory[]): WorkshopCategory | undefined {
  const matching = records.filter((r) => r.seedId === seedId);
  return matching.find((r) => r.id === `category:${seedId}`)
    ?? [...matching].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0];
}

/** Seeded categories first (in their order), then added ones by when they were added. */
export function boardCategories(records: Readonly<Record<string, WorkshopCategory>>): BoardCategory[] {
  const all = Object.values(records);
  const seeded = CATEGORIES.map((seed): BoardCategory => {
    const override = overrideFor(seed.id, all);
    return {
      id: seed.id,
      label: override?.name.trim() || seed.label,
      colour: override?.colour ?? seed.colour,
      custom: false,
    };
  });
  const added = all
    .filter((r) => r.seedId === null)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((r): BoardCategory => ({ id: r.id as CategoryRef, label: r.name.trim() || 'Unnamed category', colour: r.colour, custom: true }));
  return [...seeded, ...added];
}

const OTHER = CATEGORIES[CATEGORIES.length - 1]!;

/** The category a note shows; a deleted or unknown one shows as "Other". */
export function categoryFor(categories: readonly BoardCategory[], id: string): BoardCategory {
  return categories.find((c) => c.id === id) ?? categories.find((c) => c.id === OTHER.id) ?? { ...OTHER, custom: false };
}
