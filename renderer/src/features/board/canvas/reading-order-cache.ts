import { readingOrder } from '../../../../../shared/board/reading-order';
import type { Blocker } from '../../../../../shared/doc/types';
import { NOTE_HEIGHT } from './layout';

const cache = new WeakMap<object, string[]>();

/** Every note's id in reading order; worked out once per version of the board. */
export function readingOrderIds(blockers: Readonly<Record<string, Blocker>>): string[] {
  let order = cache.get(blockers);
  if (!order) {
    order = readingOrder(Object.values(blockers), NOTE_HEIGHT / 2).map((n) => n.id);
    cache.set(blockers, order);
  }
  return order;
}
