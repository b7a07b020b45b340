import type { Action as Doing, ActionTarget, Verdict } from '../../../shared/facilitation/permissions';
import { useFacilitationStore } from '../features/facilitation/facilitation-store';
import { useWorkshopStore } from '../store/workshop-store';
import { canNow } from '../workshop/identity';
import { mayChangeAll } from './may-change-notes';

/**
 * For showing, hiding or explaining controls before they are used: a canNow
 * that re-renders the component when the phase, the lock, a role or the notes
 * change. The actions ask again when performed (may-change-notes.ts).
 */
export function useMay(): (doing: Doing, target?: ActionTarget) => Verdict {
  useWorkshopStore((s) => s.snapshot);
  useWorkshopStore((s) => s.workshopId);
  useFacilitationStore((s) => s.agenda);
  return canNow;
}

/** May I change all these notes now? The first refusal's reason, or ok. */
export function mayChangeNotes(may: ReturnType<typeof useMay>, ids: readonly string[]): Verdict {
  return mayChangeAll(may, 'blocker', ids);
}

/** May I change this idea now (mine when it was added from this laptop)? */
export function mayChangeIdea(may: ReturnType<typeof useMay>, ideaId: string): Verdict {
  return mayChangeAll(may, 'idea', [ideaId]);
}
