import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersects, type Rect } from './geometry';
import { SpatialIndex } from './spatial-index';

const box = (x: number, y: number, width = 220, height = 130): Rect => ({ x, y, width, height });

describe('SpatialIndex', () => {
  it('finds the notes in an area and nothing else', () => {
    const index = new SpatialIndex<string>(256);
    index.set('a', box(0, 0));
    index.set('b', box(1000, 0));
    index.set('c', box(5000, 5000));
    expect(index.query(box(0, 0, 800, 600)).sort()).toEqual(['a']);
    expect(index.query(box(900, -100, 400, 400)).sort()).toEqual(['b']);
    expect(index.query(box(-1e6, -1e6, 2e6, 2e6)).sort()).toEqual(['a', 'b', 'c']);
    expect(index.size).toBe(3);
  });

  it('moves and removes items', () => {
    const index = new SpatialIndex<string>(256);
    index.set('a', box(0, 0));
    index.set('a', box(3000, 3000));
    expect(index.query(box(0, 0, 500, 500))).toEqual([]);
    expect(index.query(box(2900, 2900, 500, 500))).toEqual(['a']);
    expect(index.delete('a')).toBe(true);
    expect(index.delete('a')).toBe(false);
    expect(index.query(box(2900, 2900, 500, 500))).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('handles negative coordinates and points', () => {
    const index = new SpatialIndex<string>(100);
    index.set('n', box(-450, -320, 50, 50));
    expect(index.queryPoint({ x: -425, y: -300 })).toEqual(['n']);
    expect(index.queryPoint({ x: -399, y: -300 })).toEqual([]);
  });

  it('keeps a huge box in its side list instead of thousands of cells', () => {
    const index = new SpatialIndex<string>(64);
    index.set('wide', box(0, 0, 1e6, 10));
    index.set('small', box(10, 10, 10, 10));
    expect(index.query(box(500_000, 0, 10, 10))).toEqual(['wide']);
    expect(index.query(box(0, 0, 30, 30)).sort()).toEqual(['small', 'wide']);
    index.delete('wide');
    expect(index.query(box(500_000, 0, 10, 10))).toEqual([]);
  });

  it('refuses boxes that are not finite, with a clear message', () => {
    const index = new SpatialIndex<string>();
    expect(() => index.set('bad', box(Number.NaN, 0))).toThrow(/finite numbers/);
    expect(() => index.set('bad', box(0, 0, -5, 5))).toThrow(/size of zero or more/);
    expect(index.size).toBe(0);
    expect(() => new SpatialIndex(4)).toThrow(/at least 16/);
  });

  it('reports the bounds of everything', () => {
    const index = new SpatialIndex<string>();
    expect(index.bounds()).toBeNull();
    index.set('a', box(10, 20, 100, 100));
    index.set('b', box(500, -40, 100, 100));
    expect(index.bounds()).toEqual({ x: 10, y: -40, width: 590, height: 160 });
  });

  it('syncs from immutable records, touching only the changed ones', () => {
    const index = new SpatialIndex<string>();
    const a = { x: 0, y: 0 };
    const b = { x: 400, y: 0 };
    const rectOf = (n: { x: number; y: number }) => box(n.x, n.y);
    index.syncRecords(null, { a, b }, rectOf);
    expect(index.size).toBe(2);
    let calls = 0;
    const counting = (n: { x: number; y: number }) => (calls++, rectOf(n));
    const movedB = { x: 4000, y: 4000 };
    index.syncRecords({ a, b }, { a, b: movedB }, counting);
    expect(calls).toBe(1);
    expect(index.query(box(3900, 3900, 400, 400))).toEqual(['b']);
    index.syncRecords({ a, b: movedB }, { b: movedB }, counting);
    expect(index.has('a')).toBe(false);
    expect(calls).toBe(1);
  });

  it('answers every query exactly as a full scan would', () => {
    const coord = fc.integer({ min: -3000, max: 3000 });
    const item = fc.record({ x: coord, y: coord, width: fc.integer({ min: 0, max: 900 }), height: fc.integer({ min: 0, max: 900 }) });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.array(fc.nat({ max: 59 }), { maxLength: 20 }),
        fc.array(item, { minLength: 1, maxLength: 8 }),
        (items, removals, areas) => {
          const index = new SpatialIndex<number>(128);
          const live = new Map<number, Rect>();
          items.forEach((r, i) => {
            index.set(i, r);
            live.set(i, r);
          });
          for (const i of removals) {
            index.delete(i);
            live.delete(i);
          }
          for (const area of areas) {
            const expected = [...live].filter(([, r]) => intersects(r, area)).map(([i]) => i).sort((p, q) => p - q);
            expect(index.query(area).sort((p, q) => p - q)).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('queries a screen of a 5,000-note board quickly', () => {
    const index = new SpatialIndex<string>(512);
    for (let i = 0; i < 5000; i += 1) index.set(`blocker:${i}`, box((i % 50) * 240, Math.floor(i / 50) * 150));
    const view = box(2400, 3000, 1400, 900);
    expect(index.query(view)).toHaveLength(
      Array.from({ length: 5000 }, (_, i) => box((i % 50) * 240, Math.floor(i / 50) * 150)).filter((r) => intersects(r, view)).length,
    );
  });
});
