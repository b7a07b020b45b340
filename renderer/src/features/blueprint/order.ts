/** Rows in reading order: by `order`, then id, so every laptop shows the same order. */
export function inOrder<T extends { readonly id: string; readonly order: number }>(rows: Readonly<Record<string, T>>): T[] {
  return Object.values(rows).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
