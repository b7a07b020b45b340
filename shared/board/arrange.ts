import { readingOrder, type Placed } from './reading-order.js';
import type { Move } from './selection.js';

export interface ArrangeOptions {
  /** Width and height of one grid cell, note plus gap, in board units. */
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Columns in the grid; by default about as many as rows, so the group stays compact. */
  readonly columns?: number;
  /** Top-left of the grid; by default the group's own top-left, so it tidies in place. */
  readonly origin?: { readonly x: number; readonly y: number };
}

/**
 * Tidies notes into a grid, keeping their reading order, so "Arrange" never
 * shuffles what people had placed side by side. Returns one move per note.
 */
export function arrangeInGrid(notes: readonly Placed[], options: ArrangeOptions): Move[] {
  if (notes.length === 0) return [];
  const ordered = readingOrder(notes, options.cellHeight / 2);
  const columns = Math.max(1, Math.floor(options.columns ?? Math.ceil(Math.sqrt(notes.length))));
  const origin = options.origin ?? {
    x: Math.max(0, Math.min(...notes.map((n) => n.x))),
    y: Math.max(0, Math.min(...notes.map((n) => n.y))),
  };
  return ordered.map((note, i) => ({
    id: note.id,
    x: origin.x + (i % columns) * options.cellWidth,
    y: origin.y + Math.floor(i / columns) * options.cellHeight,
  }));
}
