// The impact/effort grid: impact (hours back to families) down, effort across.
// An idea's impact is the room's choice when set, otherwise judged from the
// hours its blockers give back; quick wins (real impact, small effort) stand out.
import type { EffortId, ImpactId } from '../doc/seeded-lists.js';

/** Rows, top to bottom. */
export const GRID_IMPACTS: readonly ImpactId[] = ['high', 'medium', 'low'];
/** Columns, left to right. */
export const GRID_EFFORTS: readonly EffortId[] = ['small', 'medium', 'large'];

/** A working day a week across the team is high impact; two hours is medium. */
export const HIGH_IMPACT_HOURS = 7.5;
export const MEDIUM_IMPACT_HOURS = 2;

/** Impact judged from hours a week given back; null when nothing is estimated. */
export function impactFromHours(hours: number, estimated: number): ImpactId | null {
  if (estimated === 0) return null;
  if (hours >= HIGH_IMPACT_HOURS) return 'high';
  if (hours >= MEDIUM_IMPACT_HOURS) return 'medium';
  return 'low';
}

export interface GridPlace {
  readonly impact: ImpactId | null;
  readonly effort: EffortId | null;
  /** True when the impact came from the hours, not from the room. */
  readonly impactFromHours: boolean;
}

export function gridPlace(chosenImpact: ImpactId | null, effort: EffortId | null, hours: number, estimated: number): GridPlace {
  if (chosenImpact) return { impact: chosenImpact, effort, impactFromHours: false };
  return { impact: impactFromHours(hours, estimated), effort, impactFromHours: true };
}

export function isPlaced(place: GridPlace): place is GridPlace & { impact: ImpactId; effort: EffortId } {
  return place.impact !== null && place.effort !== null;
}

export function isQuickWin(impact: ImpactId | null, effort: EffortId | null): boolean {
  return effort === 'small' && (impact === 'high' || impact === 'medium');
}

export type GridDirection = 'up' | 'down' | 'left' | 'right';

/**
 * Where an arrow key moves an idea: up = more impact, right = more effort.
 * An idea not yet on the grid starts from the middle of whatever it lacks.
 */
export function moveOnGrid(place: GridPlace, direction: GridDirection): { impact: ImpactId; effort: EffortId } {
  const row = GRID_IMPACTS.indexOf(place.impact ?? 'medium');
  const col = GRID_EFFORTS.indexOf(place.effort ?? 'medium');
  const clamp = (n: number) => Math.max(0, Math.min(2, n));
  const nextRow = clamp(row + (direction === 'up' ? -1 : direction === 'down' ? 1 : 0));
  const nextCol = clamp(col + (direction === 'left' ? -1 : direction === 'right' ? 1 : 0));
  return { impact: GRID_IMPACTS[nextRow] as ImpactId, effort: GRID_EFFORTS[nextCol] as EffortId };
}
