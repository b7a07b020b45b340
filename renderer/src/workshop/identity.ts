import type { Participant, WorkshopSnapshot } from '../../../shared/doc/types';
import { can, isFacilitating, type Action, type ActionTarget, type Verdict } from '../../../shared/facilitation/permissions';
import { useFacilitationStore } from '../features/facilitation/facilitation-store';
import { useWorkshopStore } from '../store/workshop-store';

/**
 * Who "I" am in each workshop on this laptop: the participant id this laptop
 * joined or created the workshop as, kept in localStorage so a reload or a
 * restart rejoins as the same person.
 */
const KEY_PREFIX = 'small-changes:me:';

// Read on every change to the board (presence, permissions): kept in memory,
// and forgotten when another tab of this browser changes who it is.
const known = new Map<string, string | null>();
if (typeof window !== 'undefined') window.addEventListener('storage', () => known.clear());

export function myParticipantId(workshopId: string): string | null {
  const cached = known.get(workshopId);
  if (cached !== undefined) return cached;
  let id: string | null = null;
  try {
    id = localStorage.getItem(KEY_PREFIX + workshopId);
  } catch {
    // Storage switched off: nobody is remembered.
  }
  known.set(workshopId, id);
  return id;
}

export function rememberMe(workshopId: string, participantId: string): void {
  known.set(workshopId, participantId);
  try {
    localStorage.setItem(KEY_PREFIX + workshopId, participantId);
  } catch {
    // Private browsing without storage: this laptop joins afresh next time.
  }
}

export function me(snapshot: WorkshopSnapshot | null, workshopId: string | null): Participant | null {
  if (!snapshot || !workshopId) return null;
  const id = myParticipantId(workshopId);
  return id ? snapshot.participants[id] ?? null : null;
}

/** Facilitation rights: the facilitator and co-facilitators run the session whatever the phase. */
export function canFacilitate(participant: Participant | null): boolean {
  return isFacilitating(participant?.role);
}

/**
 * THE place the UI asks "may I do this now?": my role, the running phase and
 * the board lock (shared/facilitation/permissions.ts), with the reason to show
 * when the answer is no. Reads the stores at the moment of the action.
 */
export function canNow(action: Action, target?: ActionTarget): Verdict {
  const { snapshot, workshopId } = useWorkshopStore.getState();
  if (!snapshot) return { ok: false, reason: 'The workshop is still loading.' };
  const agenda = useFacilitationStore.getState().agenda;
  return can(action, { meta: snapshot.meta, agenda }, me(snapshot, workshopId), target);
}

/** canNow as a hook, for showing or explaining a control before it is used. */
export function useCan(action: Action, target?: ActionTarget): Verdict {
  const snapshot = useWorkshopStore((state) => state.snapshot);
  const workshopId = useWorkshopStore((state) => state.workshopId);
  const agenda = useFacilitationStore((state) => state.agenda);
  if (!snapshot) return { ok: false, reason: 'The workshop is still loading.' };
  return can(action, { meta: snapshot.meta, agenda }, me(snapshot, workshopId), target);
}
