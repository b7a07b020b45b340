/**
 * Notes and ideas this laptop added, per workshop. "Edit your own" needs to
 * know whose a record is, but an idea has no author field, and a note in an
 * anonymous workshop carries none on purpose (nothing in the room may say who
 * wrote it). So this laptop remembers what it added, in localStorage like
 * other preferences, never in the document. A laptop that loses its storage
 * simply stops owning those records; nothing in the room changes.
 */
export type AddedKind = 'blocker' | 'idea';

const key = (workshopId: string, kind: AddedKind) => `small-changes:added-here:${kind}:${workshopId}`;
const MAX_REMEMBERED = 2000;

export function addedHere(workshopId: string, kind: AddedKind): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(workshopId, kind)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberAddedHere(workshopId: string, kind: AddedKind, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const all = [...addedHere(workshopId, kind), ...ids].slice(-MAX_REMEMBERED);
  try {
    localStorage.setItem(key(workshopId, kind), JSON.stringify(all));
  } catch {
    // Storage full or switched off: the record is in the room all the same; only "your own" is forgotten.
  }
}
