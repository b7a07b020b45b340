// Themes and duplicates, as actions: the list view, the fields panel, the G
// key and a drop on the canvas all call these, so each is written once, and
// each asks the phase, the lock and my role first (actions/may-change-notes.ts):
// putting notes in a theme or marking them the same is changing those notes;
// renaming, merging or ungrouping a theme is changing the room's themes.
import { planDrop, planGrouping, type GroupPlan } from '../../../../../shared/board/themes';
import {
  groupBlockers, markSameBlockers, mergeThemes, renameTheme, setBlockerTheme, ungroupTheme, unmarkSameBlocker,
} from '../../../../../shared/doc/ops';
import type { Action } from '../../../actions/action';
import { run } from '../../../actions/perform-or-say-why';
import { requireMay, requireMayChangeNotes } from '../../../actions/may-change-notes';
import { announce, sayWhyNot, useWorkshopStore } from '../../../store/workshop-store';

const plural = (n: number) => `${n} note${n === 1 ? '' : 's'}`;

export const groupAction: Action<{ plan: GroupPlan }> = {
  id: 'theme.group',
  label: 'Group into theme',
  shortcut: 'G',
  perform: (session, { plan }) => {
    requireMayChangeNotes(plan.blockerIds);
    session.write((doc) => groupBlockers(doc, plan.kind === 'join'
      ? { blockerIds: plan.blockerIds, themeId: plan.themeId }
      : { blockerIds: plan.blockerIds, newThemeName: plan.name }));
  },
};

export const renameThemeAction: Action<{ id: string; name: string }> = {
  id: 'theme.rename',
  label: 'Rename theme',
  perform: (session, { id, name }) => {
    requireMay('editThemes');
    session.write((doc) => renameTheme(doc, id, name.trim()));
  },
};

export const ungroupThemeAction: Action<{ id: string }> = {
  id: 'theme.ungroup',
  label: 'Ungroup',
  perform: (session, { id }) => {
    requireMay('editThemes');
    session.write((doc) => ungroupTheme(doc, id));
  },
};

export const mergeThemesAction: Action<{ sourceIds: readonly string[]; targetId: string }> = {
  id: 'theme.merge',
  label: 'Merge themes',
  perform: (session, { sourceIds, targetId }) => {
    requireMay('editThemes');
    session.write((doc) => mergeThemes(doc, sourceIds, targetId));
  },
};

export const setThemeAction: Action<{ ids: readonly string[]; themeId: string | null }> = {
  id: 'theme.set',
  label: 'Move to theme',
  perform: (session, { ids, themeId }) => {
    requireMayChangeNotes(ids);
    session.write((doc) => setBlockerTheme(doc, ids, themeId));
  },
};

export const markSameAction: Action<{ ids: readonly string[] }> = {
  id: 'blocker.mark-same',
  label: 'Mark as the same',
  perform: (session, { ids }) => {
    requireMayChangeNotes(ids);
    session.write((doc) => markSameBlockers(doc, ids));
  },
};

export const unmarkSameAction: Action<{ id: string }> = {
  id: 'blocker.unmark-same',
  label: 'Not the same',
  perform: (session, { id }) => {
    requireMayChangeNotes([id]);
    session.write((doc) => unmarkSameBlocker(doc, id));
  },
};


function snapshot() {
  return useWorkshopStore.getState().snapshot;
}

function themeName(id: string): string {
  return snapshot()?.themes[id]?.name ?? 'the theme';
}

function announcePlan(plan: GroupPlan): void {
  const into = plan.kind === 'join' ? `"${themeName(plan.themeId)}"` : `a new theme, "${plan.name}"`;
  announce(`${plural(plan.blockerIds.length)} grouped into ${into}. Press Ctrl+Z to undo.`);
}

/** Groups notes into a theme (see planGrouping); returns the theme's id, or null if nothing was grouped. */
export function groupIntoTheme(ids: readonly string[]): string | null {
  const snap = snapshot();
  const plan = snap ? planGrouping(snap.blockers, snap.themes, ids) : null;
  if (!plan) {
    sayWhyNot('Select one or more notes first, then group them into a theme.');
    return null;
  }
  if (run(groupAction, { plan }) !== null) return null;
  announcePlan(plan);
  return plan.kind === 'join' ? plan.themeId : findTheme(plan.blockerIds[0]!);
}

/**
 * Notes dropped on another note (or on a theme): they join its theme, or the
 * two make a new one. Same shape as the canvas's onDropOnNote.
 */
export function themeForDrop(draggedIds: readonly string[], targetId: string): string | null {
  const snap = snapshot();
  const plan = snap ? planDrop(snap.blockers, snap.themes, draggedIds, targetId) : null;
  if (!plan || run(groupAction, { plan }) !== null) return null;
  announcePlan(plan);
  return plan.kind === 'join' ? plan.themeId : findTheme(plan.blockerIds[0]!);
}

function findTheme(blockerId: string): string | null {
  return snapshot()?.blockers[blockerId]?.themeId ?? null;
}

/** Marks notes as saying the same thing; totals then count them once. */
export function markSame(ids: readonly string[]): boolean {
  if (run(markSameAction, { ids }) !== null) return false;
  announce(`${plural(ids.length)} marked as the same: the totals count them once. Press Ctrl+Z to undo.`);
  return true;
}
