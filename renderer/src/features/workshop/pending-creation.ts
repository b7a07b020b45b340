/**
 * The create form navigates to the new workshop's board; the board then makes
 * the document. This hands the form's answers across that navigation.
 */
import type { SessionTemplate } from '../../../../shared/facilitation/templates';
import type { CarryForward } from '../facilitation/next-session';

export interface WorkshopDetails {
  title: string;
  localAuthority: string;
  facilitatorName: string;
  /** The session template whose agenda the new workshop starts with (issue 8). */
  template?: SessionTemplate;
  /** A later session of a programme: the earlier session whose changes it carries forward. */
  carryForward?: CarryForward;
}

const pending = new Map<string, WorkshopDetails>();

export function rememberPendingCreation(id: string, details: WorkshopDetails): void {
  pending.set(id, details);
}

/** Kept, not taken: opening twice must not lose it; the session never re-creates an existing workshop. */
export function pendingCreation(id: string): WorkshopDetails | undefined {
  return pending.get(id);
}
