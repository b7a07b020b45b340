import { describe, expect, it } from 'vitest';
import {
  ROOM_CODE_ALPHABET,
  canonicalRoomName,
  generateRoomCode,
  generateRoomSecret,
  isRoomCode,
  isRoomName,
  joinUrl,
  roomNameProblem,
  roomSecretProblem,
} from './room-code';

describe('room codes', () => {
  it('are six characters without look-alikes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const code = generateRoomCode();
      expect(isRoomCode(code)).toBe(true);
      expect(code).not.toMatch(/[01IO]/);
      seen.add(code);
    }
    expect(seen.size).toBeGreaterThan(490);
    expect(ROOM_CODE_ALPHABET).toHaveLength(32);
  });

  it('canonicalise what people type: case and spaces do not matter', () => {
    expect(canonicalRoomName(' k7m q3x ')).toBe('K7MQ3X');
    expect(canonicalRoomName('workshop-3')).toBe('WORKSHOP-3');
    expect(canonicalRoomName('')).toBeNull();
    expect(canonicalRoomName('-ABC')).toBeNull();
    expect(canonicalRoomName('ABC-')).toBeNull();
    expect(canonicalRoomName('a/b')).toBeNull();
    expect(canonicalRoomName('x'.repeat(33))).toBeNull();
    expect(isRoomName('K7MQ3X')).toBe(true);
    expect(isRoomName('k7mq3x')).toBe(false);
  });

  it('explain a bad room name or secret in plain English', () => {
    expect(roomNameProblem('')).toBe('Enter the room code.');
    expect(roomNameProblem('a b c')).toBeNull();
    expect(roomNameProblem('a_b')).toMatch(/letters, digits and hyphens/);
    expect(roomNameProblem('x'.repeat(40))).toMatch(/at most 32/);
    expect(roomSecretProblem('short')).toMatch(/at least 8/);
    expect(roomSecretProblem(generateRoomSecret())).toBeNull();
  });

  it('join links keep the secret in the fragment', () => {
    const url = joinUrl('http://192.168.1.5:5170', 'K7MQ3X', 'a b&c');
    expect(url).toBe('http://192.168.1.5:5170/#/join?room=K7MQ3X&secret=a%20b%26c');
    expect(new URL(url).search).toBe('');
  });
});
