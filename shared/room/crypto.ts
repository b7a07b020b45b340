// The room's cipher, in pure JS so it works where crypto.subtle does not (a
// page served over plain http from the host's LAN address is not a secure
// context). Wire-compatible with y-webrtc's src/crypto.js: same key
// derivation, same envelope, so a stock y-webrtc client given the room's
// secret as its `password` reads and writes the same messages.
import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { pbkdf2, pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { encodeUtf8 } from 'lib0/string';

export const KDF_ITERATIONS = 100_000;
export const ALGORITHM = 'AES-GCM';
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const KEY_BYTES = 32;
const JOIN_TOKEN_SALT = 'small-changes-studio join token v1\n';

/** A message that cannot be decrypted with this key: wrong secret, tampered or not ours. */
export class RoomDecryptError extends Error {
  constructor(
    message: string,
    readonly reason: 'malformed' | 'algorithm' | 'authentication' | 'content',
  ) {
    super(message);
    this.name = 'RoomDecryptError';
  }
}

const keyBytes = new WeakMap<RoomKey, Uint8Array>();

/** The room's AES-256-GCM key. Opaque: the bytes never leave this module. */
export class RoomKey {
  private constructor(readonly roomName: string) {}

  /** @internal Builds a key from raw bytes (derivation and tests only). */
  static fromBytes(bytes: Uint8Array, roomName: string): RoomKey {
    if (bytes.length !== KEY_BYTES) throw new Error(`A room key has ${KEY_BYTES} bytes, not ${bytes.length}.`);
    const key = new RoomKey(roomName);
    keyBytes.set(key, Uint8Array.from(bytes));
    return key;
  }
}

function bytesOf(key: RoomKey): Uint8Array {
  const bytes = keyBytes.get(key);
  if (bytes === undefined) throw new Error('Not a room key.');
  return bytes;
}

const utf8 = (text: string): Uint8Array => encodeUtf8(text);

/** PBKDF2-SHA256(secret, salt = room name, 100,000 rounds): y-webrtc's key. Does not block. */
export async function deriveRoomKey(secret: string, roomName: string): Promise<RoomKey> {
  const bytes = await pbkdf2Async(sha256, utf8(secret), utf8(roomName), { c: KDF_ITERATIONS, dkLen: KEY_BYTES });
  return RoomKey.fromBytes(bytes, roomName);
}

// Random IVs: AES-GCM is safe for about 2^32 messages per key this way, far
// beyond a workshop. getRandomValues exists in insecure contexts too.
function randomIv(): Uint8Array {
  return randomBytes(IV_BYTES);
}

/** Seals `data`: varString 'AES-GCM', varUint8Array iv, varUint8Array ciphertext‖tag. */
export function encrypt(data: Uint8Array, key: RoomKey): Uint8Array {
  const iv = randomIv();
  const sealed = gcm(bytesOf(key), iv).encrypt(data);
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, ALGORITHM);
  encoding.writeVarUint8Array(encoder, iv);
  encoding.writeVarUint8Array(encoder, sealed);
  return encoding.toUint8Array(encoder);
}

export interface Envelope {
  iv: Uint8Array;
  sealed: Uint8Array;
}

/**
 * Reads the envelope's shape without the key (the blind relay uses this to
 * refuse garbage). Returns null for anything that is not exactly an envelope.
 */
export function readEnvelope(data: Uint8Array): Envelope | null {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarString(decoder) !== ALGORITHM) return null;
    const iv = decoding.readVarUint8Array(decoder);
    const sealed = decoding.readVarUint8Array(decoder);
    if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES || decoding.hasContent(decoder)) return null;
    return { iv, sealed };
  } catch {
    return null;
  }
}

/** Opens a sealed message; throws RoomDecryptError for anything it cannot open. */
export function decrypt(data: Uint8Array, key: RoomKey): Uint8Array {
  let algorithm: string;
  let iv: Uint8Array;
  let sealed: Uint8Array;
  try {
    const decoder = decoding.createDecoder(data);
    algorithm = decoding.readVarString(decoder);
    if (algorithm !== ALGORITHM) {
      throw new RoomDecryptError(`Unknown encryption "${algorithm.slice(0, 20)}".`, 'algorithm');
    }
    iv = decoding.readVarUint8Array(decoder);
    sealed = decoding.readVarUint8Array(decoder);
  } catch (error) {
    if (error instanceof RoomDecryptError) throw error;
    throw new RoomDecryptError('The message is not a sealed room message.', 'malformed');
  }
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) {
    throw new RoomDecryptError('The message is not a sealed room message.', 'malformed');
  }
  try {
    return gcm(bytesOf(key), iv).decrypt(sealed);
  } catch {
    throw new RoomDecryptError('The message could not be opened: wrong room secret, or it was altered.', 'authentication');
  }
}

/** y-webrtc's encryptJson: lib0 writeAny, then encrypt. */
export function encryptJson(value: unknown, key: RoomKey): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeAny(encoder, value as Parameters<typeof encoding.writeAny>[1]);
  return encrypt(encoding.toUint8Array(encoder), key);
}

/** y-webrtc's decryptJson; throws RoomDecryptError when it cannot be opened or read. */
export function decryptJson(data: Uint8Array, key: RoomKey): unknown {
  const plain = decrypt(data, key);
  try {
    return decoding.readAny(decoding.createDecoder(plain));
  } catch {
    throw new RoomDecryptError('The message opened but does not hold a value.', 'content');
  }
}

/**
 * Proves membership to the host without giving it the key: PBKDF2 with a salt
 * of its own, so it says nothing about the key, and it is as slow to guess
 * from (it crosses the network in the clear) as the key is.
 */
export function joinToken(secret: string, roomName: string): string {
  return bytesToHex(pbkdf2(sha256, utf8(secret), utf8(JOIN_TOKEN_SALT + roomName), { c: KDF_ITERATIONS, dkLen: KEY_BYTES }));
}

/** joinToken without blocking the thread (for UIs). */
export async function joinTokenAsync(secret: string, roomName: string): Promise<string> {
  const bytes = await pbkdf2Async(sha256, utf8(secret), utf8(JOIN_TOKEN_SALT + roomName), { c: KDF_ITERATIONS, dkLen: KEY_BYTES });
  return bytesToHex(bytes);
}

/** A join token's shape: 64 lower-case hex digits. */
export function isJoinToken(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
