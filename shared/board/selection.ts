import type { Placed } from './reading-order.js';

/** How a press on a note changes the selection. */
export interface PressResult {
  readonly selection: string[];
  /** The notes a drag starting with this press would move (none when the press deselected the note). */
  readonly dragIds: string[];
}

/**
 * Click selects the note alone; Shift/Ctrl-click adds it, or takes it out
 * when it was in. Pressing a note that is already in a multi-selection keeps
 * the selection, so the whole group can be dragged.
 */
export function pressNote(selection: readonly string[], id: string, additive: boolean): PressResult {
  const isIn = selection.includes(id);
  if (additive) {
    if (isIn) {
      const rest = selection.filter((s) => s !== id);
      return { selection: rest, dragIds: [] };
    }
    const next = [...selection, id];
    return { selection: next, dragIds: next };
  }
  if (isIn) return { selection: [...selection], dragIds: [...selection] };
  return { selection: [id], dragIds: [id] };
}

/** Adds or removes one note (Space on the keyboard). */
export function toggleIn(selection: readonly string[], id: string): string[] {
  return selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id];
}

/** The union, keeping the first selection order, each id once. */
export function addAll(selection: readonly string[], ids: readonly string[]): string[] {
  const seen = new Set(selection);
  const out = [...selection];
  for (const id of ids) {
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}

/** Drops ids that no longer exist (a colleague deleted the note). */
export function keepExisting(selection: readonly string[], exists: (id: string) => boolean): string[] {
  return selection.filter(exists);
}

/**
 * Which notes the keyboard acts on: the selection when the focused note is
 * part of it, otherwise the focused note alone.
 */
export function keyboardTargets(selection: readonly string[], focusedId: string): string[] {
  return selection.includes(focusedId) ? [...selection] : [focusedId];
}

export interface Move {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The furthest a group whose top-left note is at `min` may move left (or up):
 * to the board's edge at 0, and not at all when a note already lies beyond it.
 */
export function edgeLimit(min: number): number {
  return Math.min(0, -min);
}

/**
 * Where each note lands when a group moves by (dx, dy) board units. The
 * board starts at 0,0: the group stops at the edge together, so its shape
 * never changes.
 */
export function groupMoves(notes: readonly Placed[], dx: number, dy: number): Move[] {
  if (notes.length === 0) return [];
  const ddx = Math.max(dx, edgeLimit(Math.min(...notes.map((n) => n.x))));
  const ddy = Math.max(dy, edgeLimit(Math.min(...notes.map((n) => n.y))));
  return notes.map((n) => ({ id: n.id, x: round(n.x + ddx), y: round(n.y + ddy) }));
}

/** Positions are stored to a tenth of a pixel: no long fractions in the document. */
function round(v: number): number {
  return Math.round(v * 10) / 10;
}
