import { intersects, containsPoint, type Point, type Rect } from './geometry.js';

/** A box wider than this many cells is kept in a short side list instead of filling the grid. */
const MAX_CELLS_PER_ITEM = 256;
// Cell coordinates are packed into one number; boards are at most ±1e7 wide,
// so with cells of 16 px or more they stay well inside this span.
const SPAN = 2 ** 21;
const OFFSET = 2 ** 20;

interface Entry {
  rect: Rect;
  keys: number[] | null; // null: in the oversize list
}

/**
 * A uniform grid over the board: each cell lists the items whose boxes touch
 * it, so "what is on screen" costs the cells on screen, not every note.
 * Items are kept by id and can be moved or removed one at a time.
 */
export class SpatialIndex<Id = string> {
  private readonly cells = new Map<number, Set<Id>>();
  private readonly entries = new Map<Id, Entry>();
  private readonly oversize = new Set<Id>();

  constructor(readonly cellSize = 512) {
    if (!(cellSize >= 16)) throw new Error('A spatial index needs cells of at least 16 units.');
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: Id): boolean {
    return this.entries.has(id);
  }

  rectOf(id: Id): Rect | undefined {
    return this.entries.get(id)?.rect;
  }

  /** Adds the item, or moves it when it is already here. */
  set(id: Id, rect: Rect): void {
    const old = this.entries.get(id);
    if (old && sameRect(old.rect, rect)) return;
    if (old) this.unlink(id, old);
    const keys = this.cellKeys(rect);
    if (keys === null) this.oversize.add(id);
    else {
      for (const key of keys) {
        let cell = this.cells.get(key);
        if (!cell) this.cells.set(key, (cell = new Set()));
        cell.add(id);
      }
    }
    this.entries.set(id, { rect, keys });
  }

  delete(id: Id): boolean {
    const old = this.entries.get(id);
    if (!old) return false;
    this.unlink(id, old);
    this.entries.delete(id);
    return true;
  }

  clear(): void {
    this.cells.clear();
    this.entries.clear();
    this.oversize.clear();
  }

  /** Ids of every item whose box overlaps `area`, each once, in no set order. */
  query(area: Rect): Id[] {
    const found = new Set<Id>();
    const [x0, y0, x1, y1] = this.cellRange(area);
    const cellCount = (x1 - x0 + 1) * (y1 - y0 + 1);
    if (!(cellCount <= this.cells.size)) {
      // Looking at more cells than exist (zoomed far out): walk the items instead.
      for (const [id, entry] of this.entries) if (intersects(entry.rect, area)) found.add(id);
      return [...found];
    }
    for (let cx = x0; cx <= x1; cx += 1) {
      for (let cy = y0; cy <= y1; cy += 1) {
        const cell = this.cells.get(pack(cx, cy));
        if (!cell) continue;
        for (const id of cell) {
          if (!found.has(id) && intersects(this.entries.get(id)!.rect, area)) found.add(id);
        }
      }
    }
    for (const id of this.oversize) if (intersects(this.entries.get(id)!.rect, area)) found.add(id);
    return [...found];
  }

  /** Ids of the items under one point. */
  queryPoint(p: Point): Id[] {
    return this.query({ x: p.x, y: p.y, width: 0, height: 0 }).filter((id) => containsPoint(this.entries.get(id)!.rect, p));
  }

  /** The box around every item, or null when empty. */
  bounds(): Rect | null {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const { rect } of this.entries.values()) {
      minX = Math.min(minX, rect.x);
      minY = Math.min(minY, rect.y);
      maxX = Math.max(maxX, rect.x + rect.width);
      maxY = Math.max(maxY, rect.y + rect.height);
    }
    return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  }

  /**
   * Brings the index in line with a new version of an immutable record set:
   * records that kept their identity are skipped, so a change to one note
   * costs one comparison per note, not a rebuild.
   */
  syncRecords<T>(
    previous: Readonly<Record<string, T>> | null,
    next: Readonly<Record<string, T>>,
    rectOf: (record: T) => Rect,
  ): void {
    const ids = this as unknown as SpatialIndex<string>;
    if (previous) {
      for (const id in previous) if (!(id in next)) ids.delete(id);
    }
    for (const id in next) {
      const record = next[id]!;
      if (!previous || previous[id] !== record) ids.set(id, rectOf(record));
    }
  }

  private unlink(id: Id, entry: Entry): void {
    if (entry.keys === null) {
      this.oversize.delete(id);
      return;
    }
    for (const key of entry.keys) {
      const cell = this.cells.get(key);
      if (!cell) continue;
      cell.delete(id);
      if (cell.size === 0) this.cells.delete(key);
    }
  }

  private cellRange(r: Rect): [number, number, number, number] {
    const s = this.cellSize;
    return [Math.floor(r.x / s), Math.floor(r.y / s), Math.floor((r.x + r.width) / s), Math.floor((r.y + r.height) / s)];
  }

  private cellKeys(r: Rect): number[] | null {
    if (![r.x, r.y, r.width, r.height].every(Number.isFinite) || r.width < 0 || r.height < 0) {
      throw new Error('A box in the spatial index needs finite numbers and a size of zero or more.');
    }
    const [x0, y0, x1, y1] = this.cellRange(r);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_ITEM) return null;
    const keys: number[] = [];
    for (let cx = x0; cx <= x1; cx += 1) for (let cy = y0; cy <= y1; cy += 1) keys.push(pack(cx, cy));
    return keys;
  }
}

function pack(cx: number, cy: number): number {
  return (cx + OFFSET) * SPAN + (cy + OFFSET);
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
