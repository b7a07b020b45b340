import { pairKey } from '../../../../../shared/board/duplicates';

/** Pairs this laptop said are not the same, per workshop, kept across reloads (a preference, not room data). */
const key = (workshopId: string) => `small-changes:not-duplicates:${workshopId}`;

export function dismissedPairs(workshopId: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(workshopId)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export function dismissGroup(workshopId: string, ids: readonly string[]): void {
  const pairs = dismissedPairs(workshopId);
  for (const a of ids) for (const b of ids) if (a < b) pairs.add(pairKey(a, b));
  try {
    localStorage.setItem(key(workshopId), JSON.stringify([...pairs]));
  } catch {
    // Storage full or unavailable: the suggestion may come back next time, nothing else is lost.
  }
}
