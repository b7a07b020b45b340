// Sealed votes: each dot's choice is encrypted to the round's public key
// (X25519 + HKDF-SHA256 + AES-256-GCM, an ECIES construction), so laptops that
// hold every vote still cannot read them until the facilitator publishes the
// round's secret key at reveal. Pure JS (@noble), so it also runs on plain-http
// LAN pages where crypto.subtle is missing. See docs/voting-integrity.md.
import { gcm } from '@noble/ciphers/aes.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToUtf8, equalBytes, utf8ToBytes } from '@noble/ciphers/utils.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { fromBase64, toBase64 } from 'lib0/buffer';

export interface RoundKeys {
  /** Base64, goes into the round record at open. */
  readonly publicKey: string;
  /** Base64, stays on the facilitator's laptop until reveal. */
  readonly secretKey: string;
}

/** What a sealed choice is bound to: copied into another vote record, it no longer opens. */
export interface SealContext {
  readonly roundId: string;
  readonly voteId: string;
  readonly voterId: string;
}

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
/** Item ids are padded to this length so the ciphertext's size says nothing about the choice. */
const PADDED_BYTES = 64;
const INFO = utf8ToBytes('small-changes-studio vote seal v1');

function decodeKey(key: string): Uint8Array | null {
  try {
    const bytes = fromBase64(key);
    return bytes.length === KEY_BYTES ? bytes : null;
  } catch {
    return null;
  }
}

export function isRoundKey(key: string): boolean {
  return decodeKey(key) !== null;
}

export function makeRoundKeys(): RoundKeys {
  const { secretKey, publicKey } = x25519.keygen();
  return { publicKey: toBase64(publicKey), secretKey: toBase64(secretKey) };
}

/** Does this secret key open votes sealed to this public key? */
export function keysMatch(publicKey: string, secretKey: string): boolean {
  const pub = decodeKey(publicKey);
  const sec = decodeKey(secretKey);
  if (!pub || !sec) return false;
  return equalBytes(x25519.getPublicKey(sec), pub);
}

function associatedData(context: SealContext): Uint8Array {
  return utf8ToBytes(`${context.roundId}\n${context.voteId}\n${context.voterId}`);
}

function symmetricKey(shared: Uint8Array, ephemeral: Uint8Array, recipient: Uint8Array): Uint8Array {
  const salt = new Uint8Array(ephemeral.length + recipient.length);
  salt.set(ephemeral, 0);
  salt.set(recipient, ephemeral.length);
  return hkdf(sha256, shared, salt, INFO, KEY_BYTES);
}

/** Seals an item id to the round's public key. Throws on a malformed key or an over-long id. */
export function sealChoice(publicKey: string, context: SealContext, itemId: string): string {
  const recipient = decodeKey(publicKey);
  if (!recipient) throw new Error('The round has no valid sealing key.');
  const plain = utf8ToBytes(itemId);
  if (plain.length > PADDED_BYTES) throw new Error('The item id is too long to seal.');
  const padded = new Uint8Array(PADDED_BYTES);
  padded.set(plain);
  const ephemeral = x25519.keygen();
  const key = symmetricKey(x25519.getSharedSecret(ephemeral.secretKey, recipient), ephemeral.publicKey, recipient);
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = gcm(key, nonce, associatedData(context)).encrypt(padded);
  const out = new Uint8Array(KEY_BYTES + NONCE_BYTES + sealed.length);
  out.set(ephemeral.publicKey, 0);
  out.set(nonce, KEY_BYTES);
  out.set(sealed, KEY_BYTES + NONCE_BYTES);
  return toBase64(out);
}

/** Opens a sealed choice; null when it is damaged, forged, moved to another vote, or the key is wrong. */
export function openChoice(secretKey: string, sealed: string, context: SealContext): string | null {
  const secret = decodeKey(secretKey);
  if (!secret) return null;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(sealed);
  } catch {
    return null;
  }
  if (bytes.length !== KEY_BYTES + NONCE_BYTES + PADDED_BYTES + 16) return null;
  try {
    const ephemeral = bytes.subarray(0, KEY_BYTES);
    const nonce = bytes.subarray(KEY_BYTES, KEY_BYTES + NONCE_BYTES);
    const recipient = x25519.getPublicKey(secret);
    const key = symmetricKey(x25519.getSharedSecret(secret, ephemeral), ephemeral, recipient);
    const padded = gcm(key, nonce, associatedData(context)).decrypt(bytes.subarray(KEY_BYTES + NONCE_BYTES));
    let end = padded.indexOf(0);
    if (end === -1) end = padded.length;
    if (padded.subarray(end).some((byte) => byte !== 0)) return null;
    return bytesToUtf8(padded.subarray(0, end));
  } catch {
    return null;
  }
}
