// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { myChoice, rememberMyChoice, rememberRoundKey, roundKey } from './local-keys';

describe('what only this laptop knows', () => {
  beforeEach(() => localStorage.clear());

  test('a round key and my own choices survive a reload (localStorage)', () => {
    rememberRoundKey('round:a', 'secret');
    rememberMyChoice('workshop:w', 'vote:1', 'idea:x');
    rememberMyChoice('workshop:w', 'vote:2', 'idea:y');
    expect(roundKey('round:a')).toBe('secret');
    expect(roundKey('round:b')).toBeNull();
    expect(myChoice('workshop:w', 'vote:1')).toBe('idea:x');
    expect(myChoice('workshop:w', 'vote:2')).toBe('idea:y');
    expect(myChoice('workshop:other', 'vote:1')).toBeNull();
  });

  test('damaged stored choices read as none instead of throwing', () => {
    localStorage.setItem('small-changes:my-dots:workshop:w', '{not json');
    expect(myChoice('workshop:w', 'vote:1')).toBeNull();
    localStorage.setItem('small-changes:my-dots:workshop:w', JSON.stringify({ 'vote:1': 42, 'vote:2': 'idea:z' }));
    expect(myChoice('workshop:w', 'vote:1')).toBeNull();
    expect(myChoice('workshop:w', 'vote:2')).toBe('idea:z');
  });
});
