import { OpError } from '../../../shared/doc/ops';
import { announce, sayWhyNot } from '../store/workshop-store';
import { currentSession, type WorkshopSession } from '../workshop/session';
import type { Action } from './action';

export const WORKSHOP_NOT_OPEN = 'The workshop is not open on this laptop any more. Reload the page.';

export interface AttemptOptions {
  /** The session to act on (default: the open workshop's). */
  readonly session?: WorkshopSession | null;
  /** Read out when it worked. */
  readonly done?: string;
  /**
   * What to do with a refusal besides returning it: show and read it out (a
   * gesture, the default); only read it out (a form that shows it in place);
   * nothing (a form whose own error region says it).
   */
  readonly refusal?: 'show' | 'read-out' | 'return';
}

/**
 * Performs an action for a keyboard or pointer gesture or a form. A refusal
 * (an OpError: the phase does not allow it, the note is gone) is returned,
 * and by default shown and read out; it is never thrown at the page. Any
 * other error is a bug and is thrown. Returns null when it happened.
 */
export function attempt<Args>(action: Action<Args>, args: Args, options: AttemptOptions = {}): string | null {
  const session = options.session === undefined ? currentSession() : options.session;
  let refusal: string | null = null;
  if (!session) {
    refusal = WORKSHOP_NOT_OPEN;
  } else {
    try {
      action.perform(session, args);
    } catch (error) {
      if (!(error instanceof OpError)) throw error;
      refusal = error.message;
    }
  }
  if (refusal === null) {
    if (options.done) announce(options.done);
  } else if ((options.refusal ?? 'show') === 'show') {
    sayWhyNot(refusal);
  } else if (options.refusal === 'read-out') {
    announce(refusal);
  }
  return refusal;
}

/** A gesture on the board: the refusal is shown and read out. */
export function performOrSayWhy<Args>(action: Action<Args>, session: WorkshopSession, args: Args): string | null {
  return attempt(action, args, { session });
}

/** An action from a button on the open workshop: a refusal is shown, read out and returned. */
export function run<Args>(action: Action<Args>, args: Args): string | null {
  return attempt(action, args);
}

/** The same for a form that shows the refusal in place: it is only read out besides. */
export function runInForm<Args>(action: Action<Args>, args: Args): string | null {
  return attempt(action, args, { refusal: 'read-out' });
}
