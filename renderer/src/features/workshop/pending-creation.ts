/**
 * The create form navigates to the new workshop's board; the board then makes
 * the document. This hands the form's answers across that navigation.
 */
export interface WorkshopDetails {
  title: string;
  localAuthority: string;
  facilitatorName: string;
}

const pending = new Map<string, WorkshopDetails>();

export function rememberPendingCreation(id: string, details: WorkshopDetails): void {
  pending.set(id, details);
}

/** Kept, not taken: opening twice must not lose it; the session never re-creates an existing workshop. */
export function pendingCreation(id: string): WorkshopDetails | undefined {
  return pending.get(id);
}
