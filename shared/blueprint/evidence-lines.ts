// The evidence the board gives the blueprint: blockers and minutes lost, by
// category and by scope. The sums are the board's own (shared/board/totals.ts),
// so the blueprint and the board never disagree.
import { boardCategories } from '../board/categories.js';
import { boardTotals, type TotalsRow } from '../board/totals.js';
import { UNSCOPED_KEY, type EvidenceDimensionId } from '../doc/blueprint-lists.js';
import type { WorkshopSnapshot } from '../doc/types.js';

export interface EvidenceFigures {
  readonly dimension: EvidenceDimensionId;
  readonly key: string;
  readonly label: string;
  readonly notes: number;
  readonly minutesPerWorker: number;
}

function figures(dimension: EvidenceDimensionId, row: TotalsRow): EvidenceFigures {
  return { dimension, key: row.key === '' ? UNSCOPED_KEY : row.key, label: row.label, notes: row.notes, minutesPerWorker: row.minutesPerWorker };
}

/** Largest loss first within each dimension: categories, then scopes. */
export function evidenceFromBoard(workshop: Pick<WorkshopSnapshot, 'blockers' | 'themes' | 'categories' | 'meta'>): EvidenceFigures[] {
  const totals = boardTotals({
    blockers: workshop.blockers,
    themes: workshop.themes,
    categories: boardCategories(workshop.categories),
    teamSize: workshop.meta.teamSize,
  });
  return [...totals.byCategory.map((row) => figures('category', row)), ...totals.byScope.map((row) => figures('scope', row))];
}
