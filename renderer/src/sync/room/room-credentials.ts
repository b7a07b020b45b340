import type { RoleId } from '../../../../shared/doc/seeded-lists';

/**
 * The rooms this tab has joined or opened, by workshop id. Kept in
 * sessionStorage: a reload or a dropped connection keeps the room, closing
 * the tab forgets the secret (the workshop itself stays in the local copy).
 */
export interface RoomCredentials {
  readonly workshopId: string;
  /** Canonical room name (room-code.ts). */
  readonly roomName: string;
  readonly secret: string;
  /** http(s) origin of the host serving the room's signaling and relay. */
  readonly hostUrl: string;
  /** Who joins: added to the workshop's participants once it has arrived. */
  readonly profile: { readonly displayName: string; readonly role: RoleId } | null;
}

const PREFIX = 'small-changes:room:';
const listeners = new Set<() => void>();
// Also held in memory, for windows without sessionStorage.
const memory = new Map<string, RoomCredentials>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function isCredentials(value: unknown): value is RoomCredentials {
  const v = value as Partial<RoomCredentials> | null;
  return typeof v === 'object' && v !== null
    && typeof v.workshopId === 'string' && typeof v.roomName === 'string'
    && typeof v.secret === 'string' && typeof v.hostUrl === 'string';
}

export function roomFor(workshopId: string): RoomCredentials | null {
  const held = memory.get(workshopId);
  if (held) return held;
  try {
    const raw = storage()?.getItem(PREFIX + workshopId);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isCredentials(parsed) || parsed.workshopId !== workshopId) return null;
    // Held from now on, so every read returns the same object (React compares by identity).
    memory.set(workshopId, parsed);
    return parsed;
  } catch {
    return null;
  }
}

export function rememberRoom(credentials: RoomCredentials): void {
  memory.set(credentials.workshopId, credentials);
  try {
    storage()?.setItem(PREFIX + credentials.workshopId, JSON.stringify(credentials));
  } catch {
    // Storage full or refused: the room lasts as long as this page.
  }
  for (const listener of listeners) listener();
}

export function forgetRoom(workshopId: string): void {
  memory.delete(workshopId);
  try {
    storage()?.removeItem(PREFIX + workshopId);
  } catch {
    // Nothing stored.
  }
  for (const listener of listeners) listener();
}

export function subscribeRooms(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * In a browser, a workshop joined through a room syncs through the room only:
 * the host's plaintext /sync is for the host machine's own app (and refuses
 * other machines when a room is open on the network).
 */
export function syncsThroughRoomOnly(workshopId: string, desktopApp: boolean): boolean {
  return !desktopApp && roomFor(workshopId) !== null;
}
