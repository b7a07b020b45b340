import { describe, expect, test } from 'vitest';
import { readMinutes } from './minutes.js';

describe('readMinutes', () => {
  test.each([
    ['30', 30], [' 45 mins', 45], ['1.25', 1.3], ['90 minutes', 90], ['1,000', 1000], ['', null], ['   ', null], ['.5', 0.5],
  ])('reads %j as %j', (typed, value) => {
    expect(readMinutes(typed)).toEqual({ ok: true, value });
  });
  test.each([
    ['half an hour', /as a number/], ['-5', /less than 0/], ['20000', /10,080 or fewer/], ['3-4', /as a number/], ['1e3', /as a number/],
  ])('refuses %j with a message', (typed, message) => {
    const reading = readMinutes(typed);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.error).toMatch(message);
  });
});
