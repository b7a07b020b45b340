import { OpError } from '../../../shared/doc/ops';
import { sayWhyNot } from '../store/workshop-store';
import type { WorkshopSession } from '../workshop/session';
import type { Action } from './action';

/**
 * Performs an action for a keyboard or pointer gesture. A refusal (an OpError:
 * the phase does not allow it, the note is gone) is read out and shown, and
 * the gesture does nothing; it is never thrown at the page. Returns the reason it was
 * refused, or null when it happened.
 */
export function performOrSayWhy<Args>(action: Action<Args>, session: WorkshopSession, args: Args): string | null {
  try {
    action.perform(session, args);
    return null;
  } catch (error) {
    if (!(error instanceof OpError)) throw error;
    sayWhyNot(error.message);
    return error.message;
  }
}
