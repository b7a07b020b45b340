import { describe, expect, test } from 'vitest';
import type { Idea } from '../doc/types.js';
import { chosenIdeas } from './chosen-ideas.js';

const idea = (id: string, scope: Idea['scope'], createdAt: number, consent: Idea['consent'] = 'none'): Idea => ({
  id, text: id, blockerIds: [], scope, effort: null, firstStep: '', owner: '', reviewDate: '', measure: '', createdAt, impact: null, consent,
});

const ideas = {
  'idea:a': idea('idea:a', 'my-team', 1),
  'idea:b': idea('idea:b', 'national', 2),
  'idea:c': idea('idea:c', 'our-service', 3, 'agreed'),
};

describe('which ideas the workshop chose', () => {
  test('a revealed vote: ideas with dots, most first; ties by age; unknown items and zeros left out', () => {
    const chosen = chosenIdeas({ ideas }, {
      roundId: 'round:1',
      dots: [{ itemId: 'idea:a', dots: 2 }, { itemId: 'idea:c', dots: 0 }, { itemId: 'idea:b', dots: 3 }, { itemId: 'idea:gone', dots: 4 }],
    });
    expect(chosen.source).toBe('vote');
    expect(chosen.ideas.map((c) => [c.idea.id, c.votes])).toEqual([['idea:b', 3], ['idea:a', 2]]);
  });

  test('no revealed vote (or nobody voted): the ideas agreed by consent', () => {
    const chosen = chosenIdeas({ ideas }, { roundId: 'round:1', dots: [{ itemId: 'idea:a', dots: 0 }] });
    expect(chosen).toEqual({ source: 'consent', ideas: [{ idea: ideas['idea:c'], votes: null }] });
  });

  test('nothing chosen yet: every idea inside local scope', () => {
    const chosen = chosenIdeas({ ideas: { 'idea:a': ideas['idea:a'], 'idea:b': ideas['idea:b'] } }, null);
    expect(chosen.source).toBe('local-scope');
    expect(chosen.ideas.map((c) => c.idea.id)).toEqual(['idea:a']);
  });
});
