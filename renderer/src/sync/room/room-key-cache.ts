import { deriveRoomKey, joinTokenAsync, type RoomKey } from '../../../../shared/room/crypto';

/**
 * The room key and join token take a PBKDF2 of 100,000 rounds each; a page
 * that reconnects or reopens the same room derives them once.
 */
const cache = new Map<string, Promise<{ key: RoomKey; token: string }>>();

export function roomSecrets(secret: string, roomName: string): Promise<{ key: RoomKey; token: string }> {
  const id = `${roomName}\n${secret}`;
  let found = cache.get(id);
  if (!found) {
    found = Promise.all([deriveRoomKey(secret, roomName), joinTokenAsync(secret, roomName)]).then(([key, token]) => ({ key, token }));
    found.catch(() => cache.delete(id));
    cache.set(id, found);
  }
  return found;
}
