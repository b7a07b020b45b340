import { OpError } from '../../../../shared/doc/ops';
import type { Action } from '../../actions/action';
import { announce } from '../../store/workshop-store';
import { currentSession } from '../../workshop/session';

/**
 * Runs an action on the open workshop. Returns null when it worked, or the
 * plain-English reason it could not be done (an OpError's message) to show.
 */
export function runAction<A>(action: Action<A>, args: A, done?: string): string | null {
  const session = currentSession();
  if (!session) return 'The workshop is not open on this laptop any more. Reload the page.';
  try {
    action.perform(session, args);
    if (done) announce(done);
    return null;
  } catch (error) {
    if (error instanceof OpError) return error.message;
    throw error;
  }
}
