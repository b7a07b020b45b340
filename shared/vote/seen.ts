// "What the closing laptop had seen": a Yjs state vector. Every change in a Yjs
// document is an item numbered (client, clock), and each laptop's items are
// numbered 0, 1, 2… without gaps; a state vector says, per client, how many of
// its items a laptop holds. An item is covered by it exactly when the closing
// laptop held that item when it closed. Wall clocks play no part.
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';

/** Where one piece of the document came from: a Yjs item's id and length. */
export interface Stamp {
  readonly client: number;
  readonly clock: number;
  readonly length: number;
}

export type Seen = ReadonlyMap<number, number>;

/** The state vector of a document, as a string fit for a record field. */
export function encodeSeen(doc: Y.Doc): string {
  return toBase64(Y.encodeStateVector(doc));
}

/** Decodes a stored state vector; null when it is absent or damaged. */
export function decodeSeen(value: string): Seen | null {
  if (value === '') return null;
  try {
    return Y.decodeStateVector(fromBase64(value));
  } catch {
    return null;
  }
}

/** Did the laptop whose state vector this is hold every part of the item? */
export function covers(seen: Seen, stamp: Stamp): boolean {
  return stamp.clock + stamp.length <= (seen.get(stamp.client) ?? 0);
}

/** The stamp of the value now stored under `key` in a Y.Map, or null when there is none. */
export function stampOf(map: { readonly _map: Map<string, Y.Item> }, key: string): Stamp | null {
  const item = map._map.get(key);
  if (!item || item.deleted) return null;
  return { client: item.id.client, clock: item.id.clock, length: item.length };
}
