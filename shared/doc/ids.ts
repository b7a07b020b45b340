// Random record ids: `blocker:` + 12 url-safe characters (72 random bits).
import * as random from 'lib0/random';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const ID_RANDOM_LENGTH = 12;

export function newId<P extends string>(prefix: P): `${P}${string}` {
  let out = '';
  // Each uint32 yields five 6-bit characters; 64 divides 2^32 so there is no bias.
  while (out.length < ID_RANDOM_LENGTH) {
    let bits = random.uint32();
    for (let i = 0; i < 5 && out.length < ID_RANDOM_LENGTH; i++) {
      out += ALPHABET[bits & 63];
      bits >>>= 6;
    }
  }
  return `${prefix}${out}`;
}
