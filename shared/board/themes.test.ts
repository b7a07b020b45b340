import { describe, expect, test } from 'vitest';
import type { Blocker, Theme, WorkshopCategory } from '../doc/types.js';
import { boardCategories, categoryFor } from './categories.js';
import { groupNotes, planDrop, planGrouping, suggestThemeName } from './themes.js';

let n = 0;
function note(fields: Partial<Blocker>): Blocker {
  n += 1;
  return {
    id: `blocker:n${n}`, text: `note ${n}`, category: 'other', scope: null, affects: '', frequency: null, minutesPerWeek: null,
    evidence: '', authorId: null, x: 0, y: 0, themeId: null, createdAt: n, sameAs: null, ...fields,
  };
}
const byId = <T extends { id: string }>(...items: T[]) => Object.fromEntries(items.map((b) => [b.id, b]));
const theme = (id: string, name: string, createdAt = 0): Theme => ({ id, name, createdAt });

describe('suggestThemeName', () => {
  test('the word the notes share, capitalised, unique among themes', () => {
    expect(suggestThemeName(['Forms ask for the address twice', 'The referral forms repeat', 'Court forms'], [])).toBe('Forms');
    expect(suggestThemeName(['mileage claims on paper', 'Mileage forms'], ['Mileage'])).toBe('Mileage 2');
    expect(suggestThemeName(['Panel papers', 'Driving to visits'], ['A', 'B'])).toBe('Theme 3');
    expect(suggestThemeName(['Supervision cancelled'], [])).toBe('Supervision');
  });
});

describe('planGrouping and planDrop', () => {
  const themes = byId(theme('theme:f', 'Forms'));
  const a = note({ text: 'Mileage forms on paper', themeId: 'theme:f' });
  const b = note({ text: 'Mileage claims need two signatures' });
  const c = note({ text: 'Mileage paid three months late' });
  const d = note({ text: 'Deleted theme note', themeId: 'theme:gone' });
  const blockers = byId(a, b, c, d);

  test('a selection with one theme joins it; loose notes make a new named theme', () => {
    expect(planGrouping(blockers, themes, [a.id, b.id])).toEqual({ kind: 'join', themeId: 'theme:f', blockerIds: [a.id, b.id] });
    expect(planGrouping(blockers, themes, [b.id, c.id, d.id])).toEqual({ kind: 'new', name: 'Mileage', blockerIds: [b.id, c.id, d.id] });
    expect(planGrouping(blockers, themes, ['blocker:gone'])).toBeNull();
  });

  test('dropping on a theme, a themed note or a loose note', () => {
    expect(planDrop(blockers, themes, [b.id], 'theme:f')).toEqual({ kind: 'join', themeId: 'theme:f', blockerIds: [b.id] });
    expect(planDrop(blockers, themes, [b.id, c.id], a.id)).toEqual({ kind: 'join', themeId: 'theme:f', blockerIds: [b.id, c.id] });
    expect(planDrop(blockers, themes, [c.id], b.id)).toEqual({ kind: 'new', name: 'Mileage', blockerIds: [b.id, c.id] });
    expect(planDrop(blockers, themes, [b.id], b.id)).toBeNull();
    expect(planDrop(blockers, themes, [b.id], 'blocker:gone')).toBeNull();
  });
});

describe('groupNotes', () => {
  const custom: WorkshopCategory = { id: 'category:court', name: 'Court work', colour: '#FFFFFF', seedId: null, createdAt: 1 };
  const categories = boardCategories(byId(custom));
  const themes = byId(theme('theme:t', 'Travel', 2), theme('theme:a', 'Approvals', 1), theme('theme:e', 'Empty', 3));
  const notes = [
    note({ themeId: 'theme:t', category: 'travel', scope: 'national' }),
    note({ themeId: 'theme:a', category: 'category:court', scope: 'my-team' }),
    note({ category: 'travel' }),
    note({ themeId: 'theme:t', category: 'category:removed' }),
  ];
  const blockers = byId(...notes);

  test('by theme: themes by name (empty ones too), loose notes last', () => {
    const groups = groupNotes({ blockers, themes, categories, by: 'theme' });
    expect(groups.map((g) => [g.label, g.notes.map((x) => x.id)])).toEqual([
      ['Approvals', [notes[1]!.id]], ['Empty', []], ['Travel', [notes[0]!.id, notes[3]!.id]], ['Not in a theme', [notes[2]!.id]],
    ]);
  });

  test('by category in board order (an unknown category reads as Other), and by scope', () => {
    expect(groupNotes({ blockers, themes, categories, by: 'category' }).map((g) => [g.label, g.notes.length])).toEqual([
      ['Travel', 2], ['Other', 1], ['Court work', 1],
    ]);
    expect(groupNotes({ blockers, themes, categories, by: 'scope' }).map((g) => [g.label, g.notes.length])).toEqual([
      ['My team', 1], ['National law or regulation', 1], ['Scope not set', 2],
    ]);
  });
});

describe('boardCategories', () => {
  test('seeded first with the workshop\'s rewording and colour, then added ones; unknown ids read as Other', () => {
    const records = byId<WorkshopCategory>(
      { id: 'category:forms', name: 'Forms and letters', colour: '#FFFFFF', seedId: 'forms', createdAt: 5 },
      { id: 'category:zz', name: 'Later', colour: '#EEEEEE', seedId: null, createdAt: 9 },
      { id: 'category:aa', name: 'Earlier', colour: '#DDDDDD', seedId: null, createdAt: 3 },
    );
    const list = boardCategories(records);
    expect(list.find((c) => c.id === 'forms')).toEqual({ id: 'forms', label: 'Forms and letters', colour: '#FFFFFF', custom: false });
    expect(list.slice(-2).map((c) => c.label)).toEqual(['Earlier', 'Later']);
    expect(categoryFor(list, 'category:nothing').label).toBe('Other');
  });
});
