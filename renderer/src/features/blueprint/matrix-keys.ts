// Keyboard rules of the decision-rights grid (the ARIA grid pattern): arrow
// keys move between cells, Home/End to the row's ends (with Ctrl, the grid's),
// Space or Enter cycles a cell, D, C, T and N set it directly, Delete clears it.
import type { DecisionLevelId } from '../../../../shared/doc/blueprint-lists';

export interface Cell {
  readonly row: number;
  readonly col: number;
}

const CYCLE: readonly (DecisionLevelId | null)[] = ['decides', 'consulted', 'told', null];

/** The value after `level` when a cell is cycled. */
export function nextLevel(level: DecisionLevelId | null): DecisionLevelId | null {
  return CYCLE[(CYCLE.indexOf(level) + 1) % CYCLE.length] ?? null;
}

/** Where a key moves the focus, or null if the key is not a move. */
export function moveCell(from: Cell, key: string, ctrl: boolean, rows: number, cols: number): Cell | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (cell: Cell): Cell => ({
    row: Math.max(0, Math.min(rows - 1, cell.row)),
    col: Math.max(0, Math.min(cols - 1, cell.col)),
  });
  switch (key) {
    case 'ArrowRight': return clamp({ row: from.row, col: from.col + 1 });
    case 'ArrowLeft': return clamp({ row: from.row, col: from.col - 1 });
    case 'ArrowDown': return clamp({ row: from.row + 1, col: from.col });
    case 'ArrowUp': return clamp({ row: from.row - 1, col: from.col });
    case 'Home': return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End': return ctrl ? { row: rows - 1, col: cols - 1 } : { row: from.row, col: cols - 1 };
    case 'PageDown': return clamp({ row: rows - 1, col: from.col });
    case 'PageUp': return clamp({ row: 0, col: from.col });
    default: return null;
  }
}

/** What a key sets a cell to: 'cycle', a level, null (not involved), or undefined if the key does nothing. */
export function keyToLevel(key: string, current: DecisionLevelId | null): DecisionLevelId | null | undefined {
  switch (key.length === 1 ? key.toLowerCase() : key) {
    case ' ':
    case 'Enter': return nextLevel(current);
    case 'd': return 'decides';
    case 'c': return 'consulted';
    case 't': return 'told';
    case 'n':
    case 'Delete':
    case 'Backspace': return null;
    default: return undefined;
  }
}
