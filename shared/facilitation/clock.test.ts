import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimateSkew, formatClock, secondsLeft } from './clock.js';

describe('clock skew against the host', () => {
  test('the midpoint of the best round trip gives the offset, within half that trip', () => {
    // Host is 5 s ahead; the second sample had the fastest round trip.
    const skew = estimateSkew([
      { sentAt: 1000, hostTime: 6100, receivedAt: 1300 },
      { sentAt: 2000, hostTime: 7010, receivedAt: 2020 },
      { sentAt: 3000, hostTime: 8200, receivedAt: 3500 },
    ]);
    expect(skew).toEqual({ offsetMs: 5000, errorMs: 10, samples: 3 });
  });

  test('any true offset is recovered within the error bound', () => {
    fc.assert(fc.property(
      fc.integer({ min: -3_600_000, max: 3_600_000 }),
      fc.array(fc.record({ send: fc.integer({ min: 0, max: 1e9 }), up: fc.integer({ min: 0, max: 400 }), down: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 8 }),
      (offset, trips) => {
        const samples = trips.map((t) => ({ sentAt: t.send, hostTime: t.send + t.up + offset, receivedAt: t.send + t.up + t.down }));
        const skew = estimateSkew(samples)!;
        expect(Math.abs(skew.offsetMs - offset)).toBeLessThanOrEqual(skew.errorMs + 1);
      },
    ), { numRuns: 200 });
  });

  test('bad samples are ignored; none usable gives null', () => {
    expect(estimateSkew([])).toBeNull();
    expect(estimateSkew([{ sentAt: 10, hostTime: 5, receivedAt: 5 }])).toBeNull();
    expect(estimateSkew([{ sentAt: 0, hostTime: Number.NaN, receivedAt: 1 }, { sentAt: 0, hostTime: 100, receivedAt: 2 }])).toEqual({ offsetMs: 99, errorMs: 1, samples: 1 });
  });

  test('two laptops with different clocks show the same seconds left', () => {
    const timer = { timerStartedAt: 1_000_000, timerSeconds: 300 };
    const hostNow = 1_000_000 + 61_500;
    // Laptop A is 40 s slow, laptop B 3 s fast; each adds its own measured offset.
    const a = secondsLeft(timer, (hostNow - 40_000) + 40_000);
    const b = secondsLeft(timer, (hostNow + 3_000) - 3_000);
    expect(a).toBe(239);
    expect(b).toBe(a);
    expect(secondsLeft({ timerStartedAt: null, timerSeconds: 300 }, hostNow)).toBeNull();
    expect(secondsLeft(timer, hostNow + 1e6)).toBe(0);
  });

  test('formats minutes and hours', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3723)).toBe('1:02:03');
  });
});
