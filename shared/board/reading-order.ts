/** Anything placed on the board. */
export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Notes in the order people read a board: rows from the top, left to right
 * within a row. A note joins the current row when its top is within
 * `rowTolerance` of the row's first note, so a note nudged a few pixels
 * down still reads as part of its row. Ties fall back to the id, so every
 * window reads the same order.
 */
export function readingOrder<T extends Placed>(notes: readonly T[], rowTolerance: number): T[] {
  const byTop = [...notes].sort((a, b) => a.y - b.y || a.x - b.x || compareIds(a.id, b.id));
  const out: T[] = [];
  let row: T[] = [];
  let rowTop = -Infinity;
  for (const note of byTop) {
    if (row.length > 0 && note.y - rowTop > rowTolerance) {
      out.push(...row.sort(byLeft));
      row = [];
    }
    if (row.length === 0) rowTop = note.y;
    row.push(note);
  }
  out.push(...row.sort(byLeft));
  return out;
}

function byLeft(a: Placed, b: Placed): number {
  return a.x - b.x || a.y - b.y || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The id `step` places after `id` in `order`, or null past either end (or when `id` is absent). */
export function neighbourIn(order: readonly string[], id: string, step: 1 | -1): string | null {
  const at = order.indexOf(id);
  if (at < 0) return null;
  return order[at + step] ?? null;
}
