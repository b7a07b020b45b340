import { describe, expect, test } from 'vitest';
import { keyToLevel, moveCell, nextLevel } from './matrix-keys';

describe('decision-rights grid keys', () => {
  test('arrow keys move one cell and stop at the edges', () => {
    expect(moveCell({ row: 1, col: 1 }, 'ArrowRight', false, 6, 5)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 1, col: 4 }, 'ArrowRight', false, 6, 5)).toEqual({ row: 1, col: 4 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', false, 6, 5)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 5, col: 2 }, 'ArrowDown', false, 6, 5)).toEqual({ row: 5, col: 2 });
    expect(moveCell({ row: 3, col: 2 }, 'Home', false, 6, 5)).toEqual({ row: 3, col: 0 });
    expect(moveCell({ row: 3, col: 2 }, 'End', true, 6, 5)).toEqual({ row: 5, col: 4 });
    expect(moveCell({ row: 3, col: 2 }, 'x', false, 6, 5)).toBeNull();
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', false, 0, 5)).toBeNull();
  });

  test('space and Enter cycle decides → is consulted → is told → not involved', () => {
    expect([null, 'decides', 'consulted', 'told'].map((l) => nextLevel(l as never))).toEqual(['decides', 'consulted', 'told', null]);
    expect(keyToLevel(' ', 'told')).toBeNull();
    expect(keyToLevel('Enter', null)).toBe('decides');
  });

  test('letters set a cell directly', () => {
    expect(keyToLevel('D', null)).toBe('decides');
    expect(keyToLevel('c', 'decides')).toBe('consulted');
    expect(keyToLevel('t', null)).toBe('told');
    expect(keyToLevel('Delete', 'told')).toBeNull();
    expect(keyToLevel('q', 'told')).toBeUndefined();
  });
});
