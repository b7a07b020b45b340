import { describe, expect, test } from 'vitest';
import { rankDots, rankLabel, shortlist } from './results.js';

describe('ranked results', () => {
  test('ties share a rank and are marked; the next rank skips', () => {
    const ranked = rankDots([
      { itemId: 'idea:a', dots: 2 }, { itemId: 'idea:b', dots: 5 }, { itemId: 'idea:c', dots: 2 }, { itemId: 'idea:d', dots: 0 },
    ]);
    expect(ranked.map((r) => [r.itemId, r.rank, r.tied])).toEqual([
      ['idea:b', 1, false], ['idea:a', 2, true], ['idea:c', 2, true], ['idea:d', 4, false],
    ]);
    expect(ranked.map(rankLabel)).toEqual(['1st', '=2nd', '=2nd', '4th']);
    expect(rankLabel({ itemId: 'x', dots: 0, rank: 11, tied: false })).toBe('11th');
    expect(rankLabel({ itemId: 'x', dots: 0, rank: 23, tied: true })).toBe('=23rd');
  });

  test('a shortlist keeps everything tied with its last place and nothing without dots', () => {
    const ranked = rankDots([
      { itemId: 'a', dots: 4 }, { itemId: 'b', dots: 3 }, { itemId: 'c', dots: 3 }, { itemId: 'd', dots: 1 }, { itemId: 'e', dots: 0 },
    ]);
    expect(shortlist(ranked, 2).map((r) => r.itemId)).toEqual(['a', 'b', 'c']);
    expect(shortlist(ranked, 1).map((r) => r.itemId)).toEqual(['a']);
    expect(shortlist(ranked, 10).map((r) => r.itemId)).toEqual(['a', 'b', 'c', 'd']);
    expect(shortlist(ranked, 0)).toEqual([]);
    expect(shortlist(rankDots([{ itemId: 'z', dots: 0 }]), 3)).toEqual([]);
  });
});
