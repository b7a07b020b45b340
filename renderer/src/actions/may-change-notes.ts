import { OpError } from '../../../shared/doc/ops';
import { useWorkshopStore } from '../store/workshop-store';
import { canNow } from '../workshop/identity';

/**
 * Changing, moving or deleting notes is allowed by the phase, the lock and my
 * role (shared/facilitation): checked here, once, for every action that does
 * it, so no button or shortcut can slip past. A refusal is an OpError whose
 * message says why, which the callers read out.
 */
export function requireMayChangeNotes(ids: readonly string[]): void {
  const blockers = useWorkshopStore.getState().snapshot?.blockers ?? {};
  for (const id of ids) {
    const verdict = canNow('editNote', { authorId: blockers[id]?.authorId ?? null });
    if (!verdict.ok) throw new OpError(verdict.reason);
  }
}
