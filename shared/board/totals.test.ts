import { describe, expect, test } from 'vitest';
import type { Blocker, Theme } from '../doc/types.js';
import { boardCategories } from './categories.js';
import { boardTotals, formatHours, NO_SCOPE_LABEL, NO_THEME_LABEL } from './totals.js';

let n = 0;
function note(fields: Partial<Blocker>): Blocker {
  n += 1;
  return {
    id: `blocker:n${n}`, text: `note ${n}`, category: 'other', scope: null, affects: '', frequency: null, minutesPerWeek: null,
    evidence: '', authorId: null, x: 0, y: 0, themeId: null, createdAt: n, sameAs: null, ...fields,
  };
}
const byId = (...notes: Blocker[]) => Object.fromEntries(notes.map((b) => [b.id, b]));
const theme = (id: string, name: string): Theme => ({ id, name, createdAt: 0 });

describe('boardTotals', () => {
  const categories = boardCategories({});
  const themes = { 'theme:f': theme('theme:f', 'Forms'), 'theme:t': theme('theme:t', 'Travel') };

  test('hours = minutes per week x team size / 60, per category, theme and scope', () => {
    const blockers = byId(
      note({ category: 'forms', minutesPerWeek: 90, themeId: 'theme:f', scope: 'our-service' }),
      note({ category: 'forms', minutesPerWeek: 30, themeId: 'theme:f', scope: 'my-team' }),
      note({ category: 'travel', minutesPerWeek: 120, themeId: 'theme:t', scope: 'our-service' }),
      note({ category: 'travel', minutesPerWeek: null }),
    );
    const totals = boardTotals({ blockers, themes, categories, teamSize: 8 });
    expect(totals.overall).toMatchObject({ notes: 4, estimated: 3, minutesPerWorker: 240, hoursPerWorker: 4, hoursForTeam: 32 });
    expect(totals.byCategory.map((r) => [r.label, r.hoursForTeam, r.notes, r.estimated])).toEqual([
      ['Forms', 16, 2, 2], ['Travel', 16, 2, 1],
    ]);
    expect(totals.byTheme.map((r) => [r.label, r.hoursPerWorker])).toEqual([['Forms', 2], ['Travel', 2], [NO_THEME_LABEL, 0]]);
    expect(totals.byScope.map((r) => [r.key, r.label, r.minutesPerWorker])).toEqual([
      ['our-service', 'Our service', 210], ['my-team', 'My team', 30], ['', NO_SCOPE_LABEL, 0],
    ]);
  });

  test('notes marked the same count once, at the average of their estimates', () => {
    const head = note({ category: 'forms', minutesPerWeek: 60 });
    const same = note({ category: 'forms', minutesPerWeek: 120, sameAs: head.id });
    const sameNoEstimate = note({ category: 'travel', sameAs: head.id });
    const totals = boardTotals({ blockers: byId(head, same, sameNoEstimate), themes: {}, categories, teamSize: 10 });
    expect(totals.countedOnce).toBe(2);
    expect(totals.overall).toMatchObject({ notes: 1, minutesPerWorker: 90, hoursForTeam: 15 });
    // Counted under the first note's category.
    expect(totals.byCategory.map((r) => r.key)).toEqual(['forms']);
  });

  test('a broken link, a cycle, a deleted theme and an unknown category are all still counted, once', () => {
    const a = note({ id: 'blocker:a', sameAs: 'blocker:b', minutesPerWeek: 10 });
    const b = note({ id: 'blocker:b', sameAs: 'blocker:a', minutesPerWeek: 30 });
    const orphan = note({ sameAs: 'blocker:deleted', minutesPerWeek: 5, themeId: 'theme:gone', category: 'category:gone' });
    const totals = boardTotals({ blockers: byId(a, b, orphan), themes: {}, categories, teamSize: 1 });
    expect(totals.overall.minutesPerWorker).toBe(25);
    expect(totals.byTheme.map((r) => r.label)).toEqual([NO_THEME_LABEL]);
    expect(totals.byCategory.map((r) => r.label)).toEqual(['Other']);
  });

  test('an empty board, and a nonsense team size read as 1', () => {
    const totals = boardTotals({ blockers: {}, themes: {}, categories, teamSize: Number.NaN });
    expect(totals.teamSize).toBe(1);
    expect(totals.overall).toMatchObject({ notes: 0, hoursForTeam: 0 });
    expect(totals.byCategory).toEqual([]);
  });

  test('formatHours reads well', () => {
    expect([0, 0.01, 1, 1.04, 2.25, 1234.5].map(formatHours)).toEqual(['0 hours', 'under 0.1 hours', '1 hour', '1 hour', '2.3 hours', '1,234.5 hours']);
  });
});
