import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  RoomDecryptError,
  decrypt,
  decryptJson,
  deriveRoomKey,
  encrypt,
  encryptJson,
  isJoinToken,
  joinToken,
  joinTokenAsync,
  readEnvelope,
  type RoomKey,
} from './crypto';

// y-webrtc's own crypto (crypto.subtle), loaded from its source file: the
// package exports only its entry point.
interface StockCrypto {
  deriveKey(secret: string, roomName: string): Promise<CryptoKey>;
  encrypt(data: Uint8Array, key: CryptoKey): Promise<Uint8Array>;
  decrypt(data: Uint8Array, key: CryptoKey): Promise<Uint8Array>;
  encryptJson(data: unknown, key: CryptoKey): Promise<Uint8Array>;
  decryptJson(data: Uint8Array, key: CryptoKey): Promise<unknown>;
}
const stockPath = pathToFileURL(resolve('node_modules/y-webrtc/src/crypto.js')).href;

let stock: StockCrypto;
let ours: RoomKey;
let theirs: CryptoKey;

beforeAll(async () => {
  stock = (await import(/* @vite-ignore */ stockPath)) as StockCrypto;
  ours = await deriveRoomKey('correct horse battery', 'K7MQ3X');
  theirs = await stock.deriveKey('correct horse battery', 'K7MQ3X');
});

const bytes = (...values: number[]) => new Uint8Array(values);

describe('room crypto is wire-compatible with y-webrtc', () => {
  it('derives the same key: each side opens what the other sealed', async () => {
    const message = new TextEncoder().encode('a note about duplicate data entry');
    expect(decrypt(await stock.encrypt(message, theirs), ours)).toEqual(message);
    expect(await stock.decrypt(encrypt(message, ours), theirs)).toEqual(message);
  });

  it('matches y-webrtc on an exact key: a fixed vector from crypto.subtle', async () => {
    // Seal with crypto.subtle directly (a known IV), then open with ours.
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', theirs));
    const iv = bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, theirs, bytes(42, 43)));
    const envelope = new Uint8Array([7, ...new TextEncoder().encode('AES-GCM'), 12, ...iv, sealed.length, ...sealed]);
    expect(decrypt(envelope, ours)).toEqual(bytes(42, 43));
    expect(raw).toHaveLength(32);
  });

  it('reads and writes y-webrtc signaling payloads (encryptJson)', async () => {
    const signal = { type: 'announce', from: 'peer-1', n: 3, nested: { ok: true } };
    expect(decryptJson(await stock.encryptJson(signal, theirs), ours)).toEqual(signal);
    expect(await stock.decryptJson(encryptJson(signal, ours), theirs)).toEqual(signal);
  });

  it('uses a fresh IV for every message', () => {
    const a = readEnvelope(encrypt(bytes(1), ours))!;
    const b = readEnvelope(encrypt(bytes(1), ours))!;
    expect(a.iv).not.toEqual(b.iv);
  });
});

describe('bad input gets a RoomDecryptError, never a crash or a silent result', () => {
  it('a wrong secret', async () => {
    const wrong = await deriveRoomKey('wrong secret', 'K7MQ3X');
    expect(() => decrypt(encrypt(bytes(1, 2, 3), ours), wrong)).toThrow(RoomDecryptError);
    try {
      decrypt(encrypt(bytes(1, 2, 3), ours), wrong);
    } catch (error) {
      expect((error as RoomDecryptError).reason).toBe('authentication');
      expect((error as Error).message).toMatch(/wrong room secret/);
    }
  });

  it('the same secret in another room', async () => {
    const other = await deriveRoomKey('correct horse battery', 'OTHER1');
    expect(() => decrypt(encrypt(bytes(9), ours), other)).toThrow(RoomDecryptError);
  });

  it('a flipped bit anywhere in the ciphertext', () => {
    const sealed = encrypt(bytes(1, 2, 3, 4), ours);
    for (let i = 21; i < sealed.length; i += 1) {
      const bad = sealed.slice();
      bad[i] = bad[i]! ^ 1;
      expect(() => decrypt(bad, ours)).toThrow(RoomDecryptError);
    }
  });

  it('malformed envelopes: empty, truncated, unknown algorithm, random bytes', () => {
    const sealed = encrypt(bytes(5), ours);
    const cases: Array<[Uint8Array, string]> = [
      [bytes(), 'malformed'],
      [sealed.subarray(0, 10), 'malformed'],
      [sealed.subarray(0, sealed.length - 1), 'malformed'],
      [new Uint8Array([3, 65, 66, 67, 0]), 'algorithm'],
      [new Uint8Array(200).fill(255), 'malformed'],
    ];
    for (const [input, reason] of cases) {
      let caught: unknown;
      try {
        decrypt(input, ours);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RoomDecryptError);
      expect((caught as RoomDecryptError).reason).toBe(reason);
    }
  });

  it('decryptJson on a sealed message that holds no value', () => {
    expect(() => decryptJson(encrypt(bytes(), ours), ours)).toThrow(RoomDecryptError);
  });

  it('readEnvelope accepts only the exact shape', () => {
    const sealed = encrypt(bytes(5), ours);
    expect(readEnvelope(sealed)).not.toBeNull();
    expect(readEnvelope(new Uint8Array([...sealed, 0]))).toBeNull();
    expect(readEnvelope(sealed.subarray(0, 20))).toBeNull();
    expect(readEnvelope(bytes(0xff, 0xff, 0xff))).toBeNull();
  });
});

describe('join token', () => {
  it('is stable, hex, per room, and differs from the key', async () => {
    const token = joinToken('correct horse battery', 'K7MQ3X');
    expect(isJoinToken(token)).toBe(true);
    expect(joinToken('correct horse battery', 'K7MQ3X')).toBe(token);
    expect(await joinTokenAsync('correct horse battery', 'K7MQ3X')).toBe(token);
    expect(joinToken('correct horse battery', 'OTHER1')).not.toBe(token);
    expect(joinToken('another secret', 'K7MQ3X')).not.toBe(token);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', theirs));
    expect(Buffer.from(raw).toString('hex')).not.toBe(token);
  });
});
