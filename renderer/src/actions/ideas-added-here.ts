/**
 * Ideas this laptop added, per workshop. An idea record has no author field
 * (the schema is shared by every laptop in the room, and ideas are the room's),
 * so "edit your own" for ideas means "added from this laptop": kept in
 * localStorage like other preferences, never in the document. A laptop that
 * loses its storage simply stops owning its ideas; nothing in the room changes.
 */
const key = (workshopId: string) => `small-changes:ideas-added-here:${workshopId}`;
const MAX_REMEMBERED = 2000;

export function ideasAddedHere(workshopId: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(workshopId)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberIdeaAddedHere(workshopId: string, ideaId: string): void {
  const ids = [...ideasAddedHere(workshopId), ideaId].slice(-MAX_REMEMBERED);
  try {
    localStorage.setItem(key(workshopId), JSON.stringify(ids));
  } catch {
    // Storage full or switched off: the idea is in the room all the same; only "your own" is forgotten.
  }
}
