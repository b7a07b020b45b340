import type { WorkshopSession } from '../workshop/session';

/**
 * A user action: data plus a function. Menus, shortcuts and buttons read the
 * same list, so a label or a shortcut is written once.
 */
export interface Action<Args> {
  id: string;
  label: string;
  /** Shown to people, in the platform-neutral form "Ctrl+Z". */
  shortcut?: string;
  perform(session: WorkshopSession, args: Args): void;
}
