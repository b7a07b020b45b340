import { describe, expect, it } from 'vitest';
import { neighbourIn, readingOrder } from './reading-order';
import { addAll, groupMoves, keepExisting, keyboardTargets, pressNote, toggleIn } from './selection';
import { arrangeInGrid } from './arrange';

describe('selection', () => {
  it('selects a clicked note alone', () => {
    expect(pressNote(['a', 'b'], 'c', false)).toEqual({ selection: ['c'], dragIds: ['c'] });
  });

  it('keeps a multi-selection when one of its notes is pressed, so the group drags together', () => {
    expect(pressNote(['a', 'b'], 'b', false)).toEqual({ selection: ['a', 'b'], dragIds: ['a', 'b'] });
  });

  it('adds with Shift/Ctrl and takes out again', () => {
    expect(pressNote(['a'], 'b', true)).toEqual({ selection: ['a', 'b'], dragIds: ['a', 'b'] });
    expect(pressNote(['a', 'b'], 'a', true)).toEqual({ selection: ['b'], dragIds: [] });
  });

  it('toggles, unions and prunes', () => {
    expect(toggleIn(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleIn(['a', 'b'], 'a')).toEqual(['b']);
    expect(addAll(['a', 'b'], ['b', 'c', 'c'])).toEqual(['a', 'b', 'c']);
    expect(keepExisting(['a', 'gone', 'b'], (id) => id !== 'gone')).toEqual(['a', 'b']);
  });

  it('acts on the selection from the keyboard only when the focused note is in it', () => {
    expect(keyboardTargets(['a', 'b'], 'b')).toEqual(['a', 'b']);
    expect(keyboardTargets(['a', 'b'], 'c')).toEqual(['c']);
  });

  it('moves a group together and stops it at the board edge as one', () => {
    const notes = [{ id: 'a', x: 30, y: 200 }, { id: 'b', x: 300, y: 10 }];
    expect(groupMoves(notes, 15.25, -5)).toEqual([{ id: 'a', x: 45.3, y: 195 }, { id: 'b', x: 315.3, y: 5 }]);
    expect(groupMoves(notes, -100, -100)).toEqual([{ id: 'a', x: 0, y: 190 }, { id: 'b', x: 270, y: 0 }]);
    expect(groupMoves([], 10, 10)).toEqual([]);
    // A note already past the edge (placed by an older app) neither jumps back nor goes further.
    expect(groupMoves([{ id: 'c', x: -40, y: 10 }], -10, 5)).toEqual([{ id: 'c', x: -40, y: 15 }]);
    expect(groupMoves([{ id: 'c', x: -40, y: 10 }], 25, 0)).toEqual([{ id: 'c', x: -15, y: 10 }]);
  });
});

describe('reading order', () => {
  it('reads rows top to bottom, left to right, tolerating small nudges', () => {
    const notes = [
      { id: 'r2-right', x: 500, y: 300 },
      { id: 'r1-right', x: 400, y: 12 },
      { id: 'r1-left', x: 10, y: 20 },
      { id: 'r2-left', x: 20, y: 290 },
      { id: 'r1-mid', x: 200, y: 0 },
    ];
    expect(readingOrder(notes, 60).map((n) => n.id)).toEqual(['r1-left', 'r1-mid', 'r1-right', 'r2-left', 'r2-right']);
  });

  it('breaks ties by id so every window agrees', () => {
    const notes = [{ id: 'b', x: 0, y: 0 }, { id: 'a', x: 0, y: 0 }];
    expect(readingOrder(notes, 10).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('finds neighbours, with null past the ends', () => {
    expect(neighbourIn(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(neighbourIn(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(neighbourIn(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(neighbourIn(['a'], 'missing', 1)).toBeNull();
  });
});

describe('arrange', () => {
  const cell = { cellWidth: 240, cellHeight: 150 };

  it('tidies a scattered group into a compact grid at its own top-left, in reading order', () => {
    const notes = [
      { id: 'c', x: 900, y: 410 },
      { id: 'a', x: 130, y: 95 },
      { id: 'b', x: 700, y: 100 },
      { id: 'd', x: 100, y: 800 },
      { id: 'e', x: 400, y: 820 },
    ];
    expect(arrangeInGrid(notes, cell)).toEqual([
      { id: 'a', x: 100, y: 95 },
      { id: 'b', x: 340, y: 95 },
      { id: 'c', x: 580, y: 95 },
      { id: 'd', x: 100, y: 245 },
      { id: 'e', x: 340, y: 245 },
    ]);
  });

  it('follows a column count and an origin when given', () => {
    const notes = [{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 10, y: 0 }, { id: 'c', x: 20, y: 0 }];
    expect(arrangeInGrid(notes, { ...cell, columns: 1, origin: { x: 20, y: 20 } })).toEqual([
      { id: 'a', x: 20, y: 20 }, { id: 'b', x: 20, y: 170 }, { id: 'c', x: 20, y: 320 },
    ]);
    expect(arrangeInGrid([], cell)).toEqual([]);
  });

  it('leaves no two notes in one cell', () => {
    const notes = Array.from({ length: 37 }, (_, i) => ({ id: `n${i}`, x: (i * 7919) % 3000, y: (i * 104729) % 2000 }));
    const cells = new Set(arrangeInGrid(notes, cell).map((m) => `${m.x},${m.y}`));
    expect(cells.size).toBe(37);
  });
});
