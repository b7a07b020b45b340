// Room names and the short codes people read aloud and type. Names are
// canonicalised the same way everywhere (upper case, no spaces), because the
// canonical name is the key-derivation salt: "abc 234" and "ABC234" must
// reach the same room.
import { randomBytes } from '@noble/ciphers/utils.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Letters and digits without look-alikes (no 0/O, 1/I). 32 symbols: no modulo bias. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;
export const MAX_ROOM_NAME_LENGTH = 32;
const ROOM_NAME = /^[A-Z0-9](?:[A-Z0-9-]{0,30}[A-Z0-9])?$/;
const ROOM_CODE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** A new random room code, e.g. "K7MQ3X" (30 bits). */
export function generateRoomCode(): string {
  let out = '';
  for (const byte of randomBytes(ROOM_CODE_LENGTH)) out += ROOM_CODE_ALPHABET[byte & 31];
  return out;
}

/** The canonical room name for what someone typed, or null when it cannot be one. */
export function canonicalRoomName(input: string): string | null {
  const name = input.replace(/\s+/g, '').toUpperCase();
  return ROOM_NAME.test(name) ? name : null;
}

export function isRoomName(value: unknown): value is string {
  return typeof value === 'string' && ROOM_NAME.test(value);
}

export function isRoomCode(value: unknown): value is string {
  return typeof value === 'string' && ROOM_CODE.test(value);
}

/** Why a typed room name is refused, in plain English (null when it is fine). */
export function roomNameProblem(input: string): string | null {
  const name = input.replace(/\s+/g, '').toUpperCase();
  if (name === '') return 'Enter the room code.';
  if (name.length > MAX_ROOM_NAME_LENGTH) return `A room code has at most ${MAX_ROOM_NAME_LENGTH} characters.`;
  if (!ROOM_NAME.test(name)) return 'A room code uses only letters, digits and hyphens, and starts and ends with a letter or digit.';
  return null;
}

/** The workshop id a room uses when its host was not given one. */
export function defaultRoomWorkshopId(roomName: string): string {
  return `workshop:room-${roomName}`;
}

export const MIN_SECRET_LENGTH = 8;

/** A strong new room secret: 128 random bits as 32 hex digits. */
export function generateRoomSecret(): string {
  return bytesToHex(randomBytes(16));
}

/** Why a room secret is refused (null when it is fine). */
export function roomSecretProblem(secret: string): string | null {
  if (secret.length < MIN_SECRET_LENGTH) return `The room secret needs at least ${MIN_SECRET_LENGTH} characters.`;
  if (secret.length > 200) return 'The room secret has at most 200 characters.';
  return null;
}

/** The link a browser joiner opens; the secret stays in the fragment, which is never sent to a server. */
export function joinUrl(baseUrl: string, roomName: string, secret: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}#/join?room=${encodeURIComponent(roomName)}&secret=${encodeURIComponent(secret)}`;
}
