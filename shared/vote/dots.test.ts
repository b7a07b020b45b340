import { describe, expect, test } from 'vitest';
import { retractedIds, standingDots } from './dots.js';

const vote = (id: string, voterId: string, retracts: string | null = null, roundId = 'round:r') => ({ id, roundId, voterId, retracts });

describe('standing dots', () => {
  test('a retraction takes back its own voter\'s dot only', () => {
    const votes = [
      vote('vote:1', 'participant:a'), vote('vote:2', 'participant:a'), vote('vote:3', 'participant:b'),
      vote('vote:4', 'participant:a', 'vote:1'), vote('vote:5', 'participant:a', 'vote:3'), vote('vote:6', 'participant:a', null, 'round:other'),
    ];
    expect([...retractedIds(votes, 'round:r')]).toEqual(['vote:1']);
    expect(standingDots(votes, 'round:r', 'participant:a').map((v) => v.id)).toEqual(['vote:2']);
    expect(standingDots(votes, 'round:r', 'participant:b').map((v) => v.id)).toEqual(['vote:3']);
  });
});
