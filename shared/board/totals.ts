// Hours a week lost, per category, theme and scope: the estimates people gave
// (minutes per week per worker) added up and scaled to the team. Notes the room
// marked as the same are counted once, at the average of the estimates they give.
import { SCOPES } from '../doc/seeded-lists.js';
import type { Blocker, Theme } from '../doc/types.js';
import { categoryFor, type BoardCategory } from './categories.js';

export interface TotalsRow {
  /** Category id, theme id, scope id, or '' for "none". */
  readonly key: string;
  readonly label: string;
  /** Notes in the group (duplicates counted once). */
  readonly notes: number;
  /** Of those, how many carry an estimate. */
  readonly estimated: number;
  readonly minutesPerWorker: number;
  /** Hours a week one worker loses. */
  readonly hoursPerWorker: number;
  /** Hours a week the whole team loses: minutes × team size ÷ 60. */
  readonly hoursForTeam: number;
}

export interface BoardTotals {
  readonly teamSize: number;
  readonly overall: TotalsRow;
  readonly byCategory: readonly TotalsRow[];
  readonly byTheme: readonly TotalsRow[];
  readonly byScope: readonly TotalsRow[];
  /** Notes left out of the sums because they say the same as another note. */
  readonly countedOnce: number;
}

export const NO_THEME_LABEL = 'Not in a theme';
export const NO_SCOPE_LABEL = 'Scope not set';

interface Unit {
  readonly head: Blocker;
  readonly minutes: number | null;
}

/**
 * Follows sameAs to the note a group is counted under. A missing note ends the
 * chain; a cycle (two people linking at once) is counted under its smallest id,
 * so every note of it lands in the same group.
 */
function headOf(blockers: Readonly<Record<string, Blocker>>, note: Blocker): Blocker {
  const path: Blocker[] = [note];
  let current = note;
  while (current.sameAs) {
    const next = blockers[current.sameAs];
    if (!next) break;
    const loop = path.indexOf(next);
    if (loop >= 0) return path.slice(loop).reduce((min, b) => (b.id < min.id ? b : min));
    path.push(next);
    current = next;
  }
  return current;
}

/** One unit per group of notes marked the same (or per note on its own). */
function units(blockers: Readonly<Record<string, Blocker>>): { list: Unit[]; countedOnce: number } {
  const groups = new Map<string, { head: Blocker; estimates: number[] }>();
  let total = 0;
  for (const note of Object.values(blockers)) {
    total += 1;
    const head = headOf(blockers, note);
    const group = groups.get(head.id) ?? { head, estimates: [] };
    if (note.minutesPerWeek !== null) group.estimates.push(note.minutesPerWeek);
    groups.set(head.id, group);
  }
  const list = [...groups.values()].map(({ head, estimates }) => ({
    head,
    minutes: estimates.length === 0 ? null : estimates.reduce((a, b) => a + b, 0) / estimates.length,
  }));
  return { list, countedOnce: total - list.length };
}

function row(key: string, label: string, members: readonly Unit[], teamSize: number): TotalsRow {
  const minutes = members.reduce((sum, unit) => sum + (unit.minutes ?? 0), 0);
  return {
    key,
    label,
    notes: members.length,
    estimated: members.filter((unit) => unit.minutes !== null).length,
    minutesPerWorker: minutes,
    hoursPerWorker: minutes / 60,
    hoursForTeam: (minutes * teamSize) / 60,
  };
}

function byKey(list: readonly Unit[], keyOf: (unit: Unit) => string): Map<string, Unit[]> {
  const out = new Map<string, Unit[]>();
  for (const unit of list) {
    const key = keyOf(unit);
    // Push, not copy: copying the group on every note made 5,000 notes cost ~100 ms.
    const group = out.get(key);
    if (group) group.push(unit);
    else out.set(key, [unit]);
  }
  return out;
}

/** Largest loss first, then by label; empty groups are left out. */
function sorted(rows: TotalsRow[]): TotalsRow[] {
  return rows.filter((r) => r.notes > 0).sort((a, b) => b.minutesPerWorker - a.minutesPerWorker || a.label.localeCompare(b.label));
}

export function boardTotals(input: {
  readonly blockers: Readonly<Record<string, Blocker>>;
  readonly themes: Readonly<Record<string, Theme>>;
  readonly categories: readonly BoardCategory[];
  readonly teamSize: number;
}): BoardTotals {
  const { blockers, themes, categories } = input;
  const teamSize = Number.isFinite(input.teamSize) && input.teamSize > 0 ? input.teamSize : 1;
  const { list, countedOnce } = units(blockers);

  const categoryGroups = byKey(list, (unit) => categoryFor(categories, unit.head.category).id);
  const byCategory = [...categoryGroups].map(([key, members]) => row(key, categoryFor(categories, key).label, members, teamSize));

  // A note whose theme was deleted at the same moment counts as not in a theme.
  const themeGroups = byKey(list, (unit) => (unit.head.themeId && themes[unit.head.themeId] ? unit.head.themeId : ''));
  const byTheme = [...themeGroups].map(([key, members]) => row(key, key ? themes[key]!.name : NO_THEME_LABEL, members, teamSize));

  const scopeGroups = byKey(list, (unit) => unit.head.scope ?? '');
  const byScope = [...scopeGroups].map(([key, members]) => row(key, SCOPES.find((s) => s.id === key)?.label ?? NO_SCOPE_LABEL, members, teamSize));

  return {
    teamSize,
    overall: row('all', 'All notes', list, teamSize),
    byCategory: sorted(byCategory),
    byTheme: sorted(byTheme),
    byScope: sorted(byScope),
    countedOnce,
  };
}

/** "3.5 hours", "1 hour", "under 0.1 hours": one decimal, in words a screen reader says well. */
export function formatHours(hours: number): string {
  if (hours === 0) return '0 hours';
  if (hours < 0.05) return 'under 0.1 hours';
  const rounded = Math.round(hours * 10) / 10;
  return `${rounded.toLocaleString('en-GB')} ${rounded === 1 ? 'hour' : 'hours'}`;
}
