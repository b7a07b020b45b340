// Pure decisions about themes: what "group these" and "drop here" mean, a
// first name for a new theme, and how the list view groups notes.
import { SCOPES } from '../doc/seeded-lists.js';
import type { Blocker, Theme } from '../doc/types.js';
import { categoryFor, type BoardCategory } from './categories.js';
import { NO_SCOPE_LABEL, NO_THEME_LABEL } from './totals.js';

export type GroupPlan =
  | { readonly kind: 'join'; readonly themeId: string; readonly blockerIds: readonly string[] }
  | { readonly kind: 'new'; readonly name: string; readonly blockerIds: readonly string[] };

const NAME_STOP_WORDS = new Set(`a an and are as at be been but by can do does for from get gets has have in into is it its
just me my no not of on or our so than that the their them then there these they this to too up us was we were what when which
who will with you your every more most much many same takes take need needs time times day days week weeks hour hours minute minutes`.split(/\s+/));

/** A theme's existing name, or null if the theme was deleted meanwhile. */
function themeOf(themes: Readonly<Record<string, Theme>>, note: Blocker | undefined): string | null {
  return note?.themeId && themes[note.themeId] ? note.themeId : null;
}

/**
 * A first name for a theme made from some notes: the word they share most
 * (in the case it was written), else "Theme N". Unique among existing names.
 */
export function suggestThemeName(texts: readonly string[], existing: readonly string[]): string {
  const counts = new Map<string, { count: number; shown: string; first: number }>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const word of text.split(/[^A-Za-z0-9'-]+/)) {
      const key = word.toLowerCase().replace(/^'+|'+$/g, '');
      if (key.length < 3 || NAME_STOP_WORDS.has(key) || seen.has(key) || /^\d+$/.test(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { count: 0, shown: word, first: counts.size };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  const taken = new Set(existing.map((n) => n.trim().toLowerCase()));
  // Most shared first; on a tie, the word written first.
  const best = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0];
  const base = best && (texts.length === 1 || best.count >= 2)
    ? best.shown.charAt(0).toUpperCase() + best.shown.slice(1)
    : `Theme ${existing.length + 1}`;
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/**
 * "Group into theme" for a selection: if exactly one theme is among the
 * selected notes, the others join it; otherwise a new theme is made for them all.
 */
export function planGrouping(
  blockers: Readonly<Record<string, Blocker>>, themes: Readonly<Record<string, Theme>>, ids: readonly string[],
): GroupPlan | null {
  const notes = ids.map((id) => blockers[id]).filter((n): n is Blocker => n !== undefined);
  if (notes.length === 0) return null;
  const themeIds = new Set(notes.map((n) => themeOf(themes, n)).filter((t): t is string => t !== null));
  const blockerIds = notes.map((n) => n.id);
  if (themeIds.size === 1) return { kind: 'join', themeId: [...themeIds][0]!, blockerIds };
  return { kind: 'new', name: suggestThemeName(notes.map((n) => n.text), Object.values(themes).map((t) => t.name)), blockerIds };
}

/**
 * Dropping notes on a theme joins it; on a note in a theme joins that theme;
 * on a loose note makes a new theme of it and the dropped notes.
 */
export function planDrop(
  blockers: Readonly<Record<string, Blocker>>, themes: Readonly<Record<string, Theme>>, draggedIds: readonly string[], targetId: string,
): GroupPlan | null {
  const dragged = draggedIds.filter((id) => id !== targetId && blockers[id]);
  if (dragged.length === 0) return null;
  if (themes[targetId]) return { kind: 'join', themeId: targetId, blockerIds: dragged };
  const target = blockers[targetId];
  if (!target) return null;
  const targetTheme = themeOf(themes, target);
  if (targetTheme) return { kind: 'join', themeId: targetTheme, blockerIds: dragged };
  const all = [targetId, ...dragged];
  return { kind: 'new', name: suggestThemeName(all.map((id) => blockers[id]!.text), Object.values(themes).map((t) => t.name)), blockerIds: all };
}

export type Grouping = 'theme' | 'category' | 'scope';

export interface NoteGroup {
  /** Theme, category or scope id; '' for "none". */
  readonly key: string;
  readonly label: string;
  readonly notes: readonly Blocker[];
}

const byCreation = (a: Blocker, b: Blocker) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/**
 * The notes in groups for the list view, each group in the order notes were
 * added. Themes by name with "Not in a theme" last; categories in the board's
 * order; scopes from closest to furthest, "Scope not set" last. Empty groups
 * are left out, except themes (an empty theme can still be renamed or removed).
 */
export function groupNotes(input: {
  readonly blockers: Readonly<Record<string, Blocker>>;
  readonly themes: Readonly<Record<string, Theme>>;
  readonly categories: readonly BoardCategory[];
  readonly by: Grouping;
}): NoteGroup[] {
  const { blockers, themes, categories, by } = input;
  const notes = Object.values(blockers).sort(byCreation);
  const buckets = new Map<string, Blocker[]>();
  const keyOf = (n: Blocker): string => {
    if (by === 'theme') return themeOf(themes, n) ?? '';
    if (by === 'category') return categoryFor(categories, n.category).id;
    return n.scope ?? '';
  };
  for (const note of notes) {
    const key = keyOf(note);
    buckets.set(key, [...(buckets.get(key) ?? []), note]);
  }
  if (by === 'theme') {
    const ordered = Object.values(themes).sort((a, b) => a.name.localeCompare(b.name) || a.createdAt - b.createdAt);
    const groups = ordered.map((t) => ({ key: t.id, label: t.name, notes: buckets.get(t.id) ?? [] }));
    const loose = buckets.get('');
    return loose ? [...groups, { key: '', label: NO_THEME_LABEL, notes: loose }] : groups;
  }
  if (by === 'category') {
    return categories.filter((c) => buckets.has(c.id)).map((c) => ({ key: c.id, label: c.label, notes: buckets.get(c.id)! }));
  }
  const scopes = [...SCOPES.map((s) => ({ key: s.id as string, label: s.label as string })), { key: '', label: NO_SCOPE_LABEL }];
  return scopes.filter((s) => buckets.has(s.key)).map((s) => ({ ...s, notes: buckets.get(s.key)! }));
}
