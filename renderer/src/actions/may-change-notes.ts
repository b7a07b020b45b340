import { OpError } from '../../../shared/doc/ops';
import type { Action as Doing, ActionTarget, Verdict } from '../../../shared/facilitation/permissions';
import { useWorkshopStore } from '../store/workshop-store';
import { canNow, myParticipantId } from '../workshop/identity';
import { addedHere, type AddedKind } from './added-here';

/**
 * Every write to the board asks the phase, the lock and my role
 * (shared/facilitation can()) here, inside the action's perform, so no button,
 * drop or shortcut can slip past. A refusal is an OpError whose message says
 * why, which the callers show or read out (perform-or-say-why.ts, run()).
 */
export function requireMay(doing: Doing, target?: ActionTarget): void {
  orThrow(canNow(doing, target));
}

/**
 * Who wrote each note or idea, as far as this laptop knows: the note's author
 * when the room may know it, else me when it was added from this laptop
 * (added-here.ts), else nobody. The stored list is read once per check, not
 * once per note: a group drag asks about every note it moves.
 */
function authorsOf(kind: AddedKind): (id: string) => string | null {
  const { workshopId, snapshot } = useWorkshopStore.getState();
  let mine: Set<string> | null = null;
  return (id) => {
    const recorded = kind === 'blocker' ? snapshot?.blockers[id]?.authorId : null;
    if (recorded) return recorded;
    if (!workshopId) return null;
    mine ??= addedHere(workshopId, kind);
    return mine.has(id) ? myParticipantId(workshopId) : null;
  };
}

type Check = (doing: Doing, target?: ActionTarget) => Verdict;

/** May I change all these notes (or ideas)? The first refusal, or ok. */
export function mayChangeAll(check: Check, kind: AddedKind, ids: readonly string[]): Verdict {
  const doing: Doing = kind === 'blocker' ? 'editNote' : 'editIdea';
  const authorOf = authorsOf(kind);
  for (const id of ids) {
    const verdict = check(doing, { authorId: authorOf(id) });
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

function orThrow(verdict: Verdict): void {
  if (!verdict.ok) throw new OpError(verdict.reason);
}

/** Changing, moving, deleting, theming or marking notes: each note's author decides "your own". */
export function requireMayChangeNotes(ids: readonly string[]): void {
  orThrow(mayChangeAll(canNow, 'blocker', ids));
}

/** Editing, deleting, linking or placing ideas on the grid. */
export function requireMayChangeIdeas(ids: readonly string[]): void {
  orThrow(mayChangeAll(canNow, 'idea', ids));
}
