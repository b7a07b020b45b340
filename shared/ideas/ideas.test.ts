import { describe, expect, test } from 'vitest';
import type { Blocker, Idea } from '../doc/types.js';
import { gridPlace, impactFromHours, isPlaced, isQuickWin, moveOnGrid } from './grid.js';
import { formatHoursPerWeek, headId, hoursForIdea, hoursForIdeas } from './hours.js';
import { groupIdeas, ideaGroup } from './scope.js';

const blocker = (id: string, minutesPerWeek: number | null, sameAs: string | null = null): Blocker => ({
  id, text: id, category: 'other', scope: null, affects: '', frequency: null, minutesPerWeek, evidence: '', authorId: null, x: 0, y: 0, themeId: null, createdAt: 0, sameAs,
});
const idea = (id: string, blockerIds: string[], extra: Partial<Idea> = {}): Idea => ({
  id, text: id, blockerIds, scope: null, effort: null, firstStep: '', owner: '', reviewDate: '', measure: '', createdAt: 0, impact: null, consent: 'none', ...extra,
});

const blockers = Object.fromEntries([
  blocker('blocker:forms', 90), blocker('blocker:forms-again', 30, 'blocker:forms'), blocker('blocker:travel', 60), blocker('blocker:unknown', null),
].map((b) => [b.id, b]));

describe('hours given back', () => {
  test('minutes per worker × team size, notes marked the same counted once at their average', () => {
    expect(headId(blockers, 'blocker:forms-again')).toBe('blocker:forms');
    // forms group: average of 90 and 30 = 60 minutes; team of 8 → 8 hours.
    expect(hoursForIdea(idea('idea:a', ['blocker:forms', 'blocker:forms-again']), blockers, 8)).toEqual({ hours: 8, estimated: 1, unestimated: 0 });
    expect(hoursForIdea(idea('idea:b', ['blocker:travel', 'blocker:unknown', 'blocker:deleted']), blockers, 8)).toEqual({ hours: 8, estimated: 1, unestimated: 1 });
    // Two ideas removing the same blocker give its hours back once.
    expect(hoursForIdeas([idea('idea:a', ['blocker:travel']), idea('idea:b', ['blocker:travel', 'blocker:forms'])], blockers, 4).hours).toBe(8);
    expect(hoursForIdea(idea('idea:c', []), blockers, 8)).toEqual({ hours: 0, estimated: 0, unestimated: 0 });
    expect(formatHoursPerWeek(8)).toBe('8 hours a week');
    expect(formatHoursPerWeek(1)).toBe('1 hour a week');
    expect(formatHoursPerWeek(0.01)).toBe('under 0.1 hours a week');
  });

  test('a loop of "same as" links ends instead of hanging', () => {
    const loop = { a: blocker('a', 10, 'b'), b: blocker('b', 20, 'a') };
    expect(['a', 'b']).toContain(headId(loop, 'a'));
    expect(hoursForIdea(idea('idea:x', ['a', 'b']), loop, 6).estimated).toBe(1);
  });
});

describe('impact/effort grid', () => {
  test('impact comes from the room when set, else from the hours', () => {
    expect(impactFromHours(0, 0)).toBeNull();
    expect(impactFromHours(1, 1)).toBe('low');
    expect(impactFromHours(2, 1)).toBe('medium');
    expect(impactFromHours(7.5, 2)).toBe('high');
    expect(gridPlace('low', 'small', 20, 1)).toEqual({ impact: 'low', effort: 'small', impactFromHours: false });
    expect(gridPlace(null, 'small', 20, 1)).toEqual({ impact: 'high', effort: 'small', impactFromHours: true });
    expect(isPlaced(gridPlace(null, null, 20, 1))).toBe(false);
  });

  test('quick wins are real impact for small effort', () => {
    expect(isQuickWin('high', 'small')).toBe(true);
    expect(isQuickWin('medium', 'small')).toBe(true);
    expect(isQuickWin('low', 'small')).toBe(false);
    expect(isQuickWin('high', 'medium')).toBe(false);
    expect(isQuickWin(null, 'small')).toBe(false);
  });

  test('arrow keys move one cell and stop at the edges; an unplaced idea starts in the middle', () => {
    const place = { impact: 'medium', effort: 'medium', impactFromHours: false } as const;
    expect(moveOnGrid(place, 'up')).toEqual({ impact: 'high', effort: 'medium' });
    expect(moveOnGrid(place, 'left')).toEqual({ impact: 'medium', effort: 'small' });
    expect(moveOnGrid({ impact: 'high', effort: 'small', impactFromHours: false }, 'up')).toEqual({ impact: 'high', effort: 'small' });
    expect(moveOnGrid({ impact: 'low', effort: 'large', impactFromHours: false }, 'right')).toEqual({ impact: 'low', effort: 'large' });
    expect(moveOnGrid({ impact: null, effort: null, impactFromHours: true }, 'down')).toEqual({ impact: 'low', effort: 'medium' });
  });
});

describe('small changes and asks of others', () => {
  test('local scope is a small change, partner agencies and national law are asks of others', () => {
    expect(ideaGroup(idea('i', [], { scope: 'my-team' }))).toBe('small-change');
    expect(ideaGroup(idea('i', [], { scope: 'local-authority' }))).toBe('small-change');
    expect(ideaGroup(idea('i', [], { scope: 'partner-agency' }))).toBe('ask-of-others');
    expect(ideaGroup(idea('i', [], { scope: 'national' }))).toBe('ask-of-others');
    expect(ideaGroup(idea('i', []))).toBe('scope-not-set');
    const groups = groupIdeas({
      'idea:2': idea('idea:2', [], { scope: 'national', createdAt: 2 }),
      'idea:1': idea('idea:1', [], { scope: 'national', createdAt: 1 }),
      'idea:3': idea('idea:3', [], { scope: 'our-service', createdAt: 3 }),
    });
    expect(groups['ask-of-others'].map((i) => i.id)).toEqual(['idea:1', 'idea:2']);
    expect(groups['small-change'].map((i) => i.id)).toEqual(['idea:3']);
  });
});
