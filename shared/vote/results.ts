// Ranked results: most dots first; items with the same dots share a rank and
// are shown as tied, never split by an invisible rule.
import type { ItemDots } from './tally.js';

export interface RankedItem extends ItemDots {
  /** 1 + how many items got more dots ("standard competition" ranking: 1, 2, 2, 4). */
  readonly rank: number;
  /** Another item has the same number of dots. */
  readonly tied: boolean;
}

/** Ranks a round's items; equal dots keep ballot order among themselves. */
export function rankDots(dots: readonly ItemDots[]): RankedItem[] {
  const sorted = dots.map((d, index) => ({ ...d, index })).sort((a, b) => b.dots - a.dots || a.index - b.index);
  const counts = new Map<number, number>();
  for (const d of sorted) counts.set(d.dots, (counts.get(d.dots) ?? 0) + 1);
  let rank = 0;
  return sorted.map(({ itemId, dots: n }, i) => {
    // Sorted by dots, so the first item with this many dots sets the shared rank.
    if (i === 0 || (sorted[i - 1] as { dots: number }).dots !== n) rank = i + 1;
    return { itemId, dots: n, rank, tied: (counts.get(n) ?? 0) > 1 };
  });
}

/** "1st", "=2nd": the rank as people say it, with ties marked. */
export function rankLabel(item: RankedItem): string {
  const n = item.rank;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${item.tied ? '=' : ''}${n}${suffix}`;
}

/**
 * The top `count` items for a shortlist, widened to keep every item tied with
 * the last one in (cutting a tie in half would be an arbitrary choice). Items
 * with no dots never make a shortlist.
 */
export function shortlist(ranked: readonly RankedItem[], count: number): RankedItem[] {
  const withDots = ranked.filter((r) => r.dots > 0);
  if (count <= 0 || withDots.length === 0) return [];
  const last = withDots[Math.min(count, withDots.length) - 1] as RankedItem;
  return withDots.filter((r) => r.rank <= last.rank);
}
