// The blueprint's structured parts as export blocks: the board's evidence,
// the changes tracker, team design, decision rights and support teams.
import { boardCategories } from '../board/categories.js';
import { boardTotals, type TotalsRow } from '../board/totals.js';
import { chosenIdeas } from '../blueprint/chosen-ideas.js';
import { BLUEPRINT_TEAMS, CHANGE_DECISIONS, DECISION_LEVELS, SAVING_SOURCES } from '../doc/blueprint-lists.js';
import type { BlueprintSnapshot, TrackedChange } from '../doc/blueprint-types.js';
import { SCOPES } from '../doc/seeded-lists.js';
import type { WorkshopSnapshot } from '../doc/types.js';
import { formatDate, formatUpToOne, formatWhole, plural } from './format.js';
import type { Block } from './model-types.js';

/** Rows in reading order: by `order`, then id, as the blueprint screen shows them. */
export function inOrder<T extends { readonly id: string; readonly order: number }>(rows: Readonly<Record<string, T>>): T[] {
  return Object.values(rows).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const labelOf = (list: readonly { id: string; label: string }[], id: string | null): string =>
  (id === null ? '' : list.find((item) => item.id === id)?.label) ?? '';

function totalsTable(caption: string, first: string, rows: readonly TotalsRow[], teamSize: number): Block {
  return {
    kind: 'table',
    table: {
      caption,
      head: [first, 'Blockers', 'With an estimate', 'Hours lost a week, each worker', `Hours lost a week, team of ${teamSize}`],
      rows: rows.map((r) => [r.label, formatWhole(r.notes), formatWhole(r.estimated), formatUpToOne(r.hoursPerWorker), formatUpToOne(r.hoursForTeam)]),
      rowHeaders: true,
    },
  };
}

/** Blockers and hours lost, by category and by scope of control: the board's own sums. */
export function evidenceBlocks(workshop: WorkshopSnapshot): Block[] {
  const totals = boardTotals({
    blockers: workshop.blockers,
    themes: workshop.themes,
    categories: boardCategories(workshop.categories),
    teamSize: workshop.meta.teamSize,
  });
  if (totals.overall.notes === 0) return [{ kind: 'note', text: 'No blockers were added to the board.' }];
  const { overall, teamSize } = totals;
  const once = totals.countedOnce > 0 ? ` ${plural(totals.countedOnce, 'note said the same as another and is', 'notes said the same as others and are')} counted once.` : '';
  return [
    {
      kind: 'paragraph',
      inlines: [{
        text: `The room named ${plural(overall.notes, 'blocker', 'blockers')}. Together they cost each worker about ${formatUpToOne(overall.hoursPerWorker)} hours a week, `
          + `${formatUpToOne(overall.hoursForTeam)} hours a week for a team of ${teamSize}.${once}`,
      }],
    },
    { kind: 'heading', level: 2, text: 'Blockers by category' },
    totalsTable('Blockers and hours lost by category, largest loss first', 'Category', totals.byCategory, teamSize),
    { kind: 'heading', level: 2, text: 'Blockers by scope of control' },
    totalsTable('Blockers and hours lost by who can change them, largest loss first', 'Scope of control', totals.byScope, teamSize),
  ];
}

function changeRow(change: TrackedChange): string[] {
  const minutes = change.minutesSaved === null ? '' : `${formatUpToOne(change.minutesSaved)} (${labelOf(SAVING_SOURCES, change.savesFrom).toLowerCase()})`;
  return [
    change.title || 'Untitled change',
    change.owner,
    change.firstStep,
    formatDate(change.startDate),
    formatDate(change.reviewDate),
    [change.measure, change.baseline ? `Baseline: ${change.baseline}` : '', change.result ? `Result: ${change.result}` : ''].filter(Boolean).join('. '),
    minutes,
    labelOf(CHANGE_DECISIONS, change.decision),
  ];
}

/** The changes tracker; before the tracker holds any, the ideas the workshop chose. */
export function changesBlocks(workshop: WorkshopSnapshot, blueprint: BlueprintSnapshot): Block[] {
  const changes = inOrder(blueprint.trackedChanges).filter((c) => c.deletedAt === null);
  if (changes.length > 0) {
    return [{
      kind: 'table',
      table: {
        caption: 'Chosen small changes: owners, dates and measures',
        head: ['Change', 'Owner', 'First step', 'Start', 'Review', 'Measure', 'Minutes saved a week', 'Decision'],
        rows: changes.map(changeRow),
        rowHeaders: true,
      },
    }];
  }
  const chosen = chosenIdeas(workshop);
  if (chosen.ideas.length === 0) return [{ kind: 'note', text: 'No small changes have been chosen yet.' }];
  return [
    { kind: 'note', text: 'The changes tracker is empty, so these are the ideas the workshop chose.' },
    {
      kind: 'table',
      table: {
        caption: 'Chosen small change ideas',
        head: ['Idea', 'Votes', 'Owner', 'First step', 'Review', 'Measure'],
        rows: chosen.ideas.map(({ idea, votes }) => [
          idea.text, votes === null ? '' : formatWhole(votes), idea.owner, idea.firstStep, formatDate(idea.reviewDate), idea.measure,
        ]),
        rowHeaders: true,
      },
    },
  ];
}

export function teamDesignBlocks(blueprint: BlueprintSnapshot): Block[] {
  const design = blueprint.teamDesign;
  const roles = inOrder(blueprint.teamRoles);
  if (!design && roles.length === 0) return [{ kind: 'note', text: 'The team design has not been started.' }];
  const blocks: Block[] = [];
  if (design) {
    const facts = [
      `Family Facing Teams of ${design.size} people`,
      design.teamCount === null ? '' : `${plural(design.teamCount, 'team', 'teams')}`,
      design.patches ? `Patches: ${design.patches}` : '',
      design.budgetPerTeam === null ? '' : `Budget for each team: £${formatWhole(design.budgetPerTeam)} a year${design.budgetCovers ? `, for ${design.budgetCovers}` : ''}`,
    ].filter(Boolean);
    blocks.push({ kind: 'list', ordered: false, items: facts.map((text) => ({ level: 0, inlines: [{ text }] })) });
  }
  if (roles.length > 0) {
    blocks.push({
      kind: 'table',
      table: { caption: 'Shared roles in each team', head: ['Role', 'Purpose', 'Held by'], rows: roles.map((r) => [r.name, r.purpose, r.holder]), rowHeaders: true },
    });
  }
  return blocks;
}

export function decisionRightsBlocks(blueprint: BlueprintSnapshot): Block[] {
  const decisions = inOrder(blueprint.decisions);
  if (decisions.length === 0) return [{ kind: 'note', text: 'No decision rights have been set out yet.' }];
  return [{
    kind: 'table',
    table: {
      caption: 'Decision rights: who decides, who is consulted and who is told',
      head: ['Decision', ...BLUEPRINT_TEAMS.map((t) => t.label)],
      rows: decisions.map((d) => [
        d.note ? `${d.label} (${d.note})` : d.label,
        ...BLUEPRINT_TEAMS.map((t) => labelOf(DECISION_LEVELS, d[t.id]) || 'Not involved'),
      ]),
      rowHeaders: true,
    },
  }];
}

export function supportTeamsBlocks(blueprint: BlueprintSnapshot): Block[] {
  const teams = inOrder(blueprint.supportTeams);
  if (teams.length === 0) return [{ kind: 'note', text: 'No support teams have been set out yet.' }];
  return [{
    kind: 'table',
    table: { caption: 'Support teams and what each is for', head: ['Team', 'Purpose'], rows: teams.map((t) => [t.name, t.purpose]), rowHeaders: true },
  }];
}

/** A scope's label, or '' for none. */
export const scopeLabel = (id: string | null): string => labelOf(SCOPES, id);
