import type { Participant, WorkshopSnapshot } from '../../../shared/doc/types';

/**
 * Who "I" am in each workshop on this laptop: the participant id this laptop
 * joined or created the workshop as, kept in localStorage so a reload or a
 * restart rejoins as the same person.
 */
const KEY_PREFIX = 'small-changes:me:';

export function myParticipantId(workshopId: string): string | null {
  try {
    return localStorage.getItem(KEY_PREFIX + workshopId);
  } catch {
    return null;
  }
}

export function rememberMe(workshopId: string, participantId: string): void {
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

/** Facilitation rights, in one place so issue 8's roles change one function. */
export function canFacilitate(participant: Participant | null): boolean {
  return participant?.role === 'facilitator' || participant?.role === 'co-facilitator';
}
