// The appendices: every blocker and every idea, so nothing the room said is
// left out of the record.
import { boardCategories, categoryFor } from '../board/categories.js';
import { EFFORTS, FREQUENCIES } from '../doc/seeded-lists.js';
import type { Blocker, Idea, WorkshopSnapshot } from '../doc/types.js';
import { scopeLabel } from './blueprint-blocks.js';
import { formatDate, formatUpToOne, formatWhole } from './format.js';
import type { Block } from './model-types.js';

const byAge = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface BlockerRow {
  readonly blocker: Blocker;
  readonly category: string;
  readonly scope: string;
  readonly frequency: string;
  readonly theme: string;
  /** '' unless names are shown. */
  readonly author: string;
}

/** Every blocker, by category (in the board's order) then by when it was added. */
export function blockerRows(workshop: WorkshopSnapshot, showNames: boolean): BlockerRow[] {
  const categories = boardCategories(workshop.categories);
  const rank = new Map(categories.map((c, i) => [c.id as string, i]));
  return Object.values(workshop.blockers)
    .map((blocker) => {
      const category = categoryFor(categories, blocker.category);
      return {
        blocker,
        categoryRank: rank.get(category.id) ?? categories.length,
        category: category.label,
        scope: scopeLabel(blocker.scope) || 'Not set',
        frequency: FREQUENCIES.find((f) => f.id === blocker.frequency)?.label ?? '',
        theme: (blocker.themeId && workshop.themes[blocker.themeId]?.name) || '',
        author: showNames && blocker.authorId ? (workshop.participants[blocker.authorId]?.displayName ?? '') : '',
      };
    })
    .sort((a, b) => a.categoryRank - b.categoryRank || byAge(a.blocker, b.blocker))
    .map(({ categoryRank: _, ...row }) => row);
}

export function ideasInOrder(workshop: WorkshopSnapshot): Idea[] {
  return Object.values(workshop.ideas).sort(byAge);
}

export function blockersAppendix(workshop: WorkshopSnapshot, showNames: boolean): Block[] {
  const rows = blockerRows(workshop, showNames);
  if (rows.length === 0) return [{ kind: 'note', text: 'No blockers were added.' }];
  return [{
    kind: 'table',
    table: {
      caption: `All ${formatWhole(rows.length)} blockers, by category`,
      head: ['Blocker', 'Category', 'Scope of control', 'How often', 'Minutes a week', 'Theme', ...(showNames ? ['Written by'] : [])],
      rows: rows.map((r) => [
        r.blocker.text, r.category, r.scope, r.frequency,
        r.blocker.minutesPerWeek === null ? '' : formatUpToOne(r.blocker.minutesPerWeek), r.theme,
        ...(showNames ? [r.author] : []),
      ]),
      rowHeaders: false,
    },
  }];
}

export function ideasAppendix(workshop: WorkshopSnapshot): Block[] {
  const ideas = ideasInOrder(workshop);
  if (ideas.length === 0) return [{ kind: 'note', text: 'No small change ideas were added.' }];
  return [{
    kind: 'table',
    table: {
      caption: `All ${formatWhole(ideas.length)} small change ideas, in the order they were added`,
      head: ['Idea', 'Scope of control', 'Effort', 'Blockers it answers', 'Owner', 'Review', 'Measure'],
      rows: ideas.map((idea) => [
        idea.text, scopeLabel(idea.scope), EFFORTS.find((e) => e.id === idea.effort)?.label ?? '',
        formatWhole(idea.blockerIds.length), idea.owner, formatDate(idea.reviewDate), idea.measure,
      ]),
      rowHeaders: false,
    },
  }];
}
