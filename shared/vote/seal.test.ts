import { describe, expect, test } from 'vitest';
import { isRoundKey, keysMatch, makeRoundKeys, openChoice, sealChoice } from './seal.js';

const context = { roundId: 'round:r1', voteId: 'vote:v1', voterId: 'participant:p1' };

describe('sealed choices', () => {
  test('a sealed choice opens with the round key and with nothing else', () => {
    const keys = makeRoundKeys();
    const other = makeRoundKeys();
    expect(isRoundKey(keys.publicKey)).toBe(true);
    expect(keysMatch(keys.publicKey, keys.secretKey)).toBe(true);
    expect(keysMatch(keys.publicKey, other.secretKey)).toBe(false);
    const sealed = sealChoice(keys.publicKey, context, 'idea:abcdefghijkl');
    expect(sealed).not.toContain('idea:');
    expect(openChoice(keys.secretKey, sealed, context)).toBe('idea:abcdefghijkl');
    expect(openChoice(other.secretKey, sealed, context)).toBeNull();
  });

  test('two seals of the same choice differ, and every seal has the same length', () => {
    const { publicKey } = makeRoundKeys();
    const a = sealChoice(publicKey, context, 'idea:abcdefghijkl');
    const b = sealChoice(publicKey, context, 'idea:abcdefghijkl');
    const c = sealChoice(publicKey, context, 'theme:x');
    expect(a).not.toBe(b);
    expect(new Set([a.length, b.length, c.length]).size).toBe(1);
  });

  test('a seal copied to another vote, voter or round does not open', () => {
    const keys = makeRoundKeys();
    const sealed = sealChoice(keys.publicKey, context, 'idea:abcdefghijkl');
    expect(openChoice(keys.secretKey, sealed, { ...context, voterId: 'participant:p2' })).toBeNull();
    expect(openChoice(keys.secretKey, sealed, { ...context, voteId: 'vote:v2' })).toBeNull();
    expect(openChoice(keys.secretKey, sealed, { ...context, roundId: 'round:r2' })).toBeNull();
  });

  test('damaged or foreign input gives null, never an exception', () => {
    const keys = makeRoundKeys();
    const sealed = sealChoice(keys.publicKey, context, 'idea:abcdefghijkl');
    const flipped = `${sealed.slice(0, 60)}${sealed[60] === 'A' ? 'B' : 'A'}${sealed.slice(61)}`;
    for (const bad of [flipped, sealed.slice(0, 40), '', 'not base64 at all!', 'idea:abc']) {
      expect(openChoice(keys.secretKey, bad, context)).toBeNull();
    }
    expect(openChoice('short', sealed, context)).toBeNull();
    expect(isRoundKey('AAAA')).toBe(false);
    expect(() => sealChoice('nope', context, 'idea:x')).toThrow(/no valid sealing key/);
    expect(() => sealChoice(keys.publicKey, context, `idea:${'x'.repeat(80)}`)).toThrow(/too long/);
  });
});
