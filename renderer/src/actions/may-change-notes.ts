import { OpError } from '../../../shared/doc/ops';
import type { Action as Doing, ActionTarget } from '../../../shared/facilitation/permissions';
import { useWorkshopStore } from '../store/workshop-store';
import { canNow, myParticipantId } from '../workshop/identity';
import { ideasAddedHere } from './ideas-added-here';

/**
 * Every write to the board asks the phase, the lock and my role
 * (shared/facilitation can()) here, inside the action's perform, so no button,
 * drop or shortcut can slip past. A refusal is an OpError whose message says
 * why, which the callers show or read out (perform-or-say-why.ts, run()).
 */
export function requireMay(doing: Doing, target?: ActionTarget): void {
  const verdict = canNow(doing, target);
  if (!verdict.ok) throw new OpError(verdict.reason);
}

/** Changing, moving, deleting, theming or marking notes: each note's author decides "your own". */
export function requireMayChangeNotes(ids: readonly string[]): void {
  const blockers = useWorkshopStore.getState().snapshot?.blockers ?? {};
  for (const id of ids) requireMay('editNote', { authorId: blockers[id]?.authorId ?? null });
}

/** Who wrote an idea, as far as this laptop knows: me when it was added here (ideas-added-here.ts), else nobody. */
export function ideaAuthor(ideaId: string): string | null {
  const workshopId = useWorkshopStore.getState().workshopId;
  if (!workshopId) return null;
  return ideasAddedHere(workshopId).has(ideaId) ? myParticipantId(workshopId) : null;
}

/** Editing, deleting, linking or placing ideas on the grid. */
export function requireMayChangeIdeas(ids: readonly string[]): void {
  for (const id of ids) requireMay('editIdea', { authorId: ideaAuthor(id) });
}
