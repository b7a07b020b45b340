import type { Action } from '../../actions/action';
import { attempt } from '../../actions/perform-or-say-why';

/**
 * Runs an action on the open workshop from a form that shows its own errors:
 * null when it worked (then `done` is read out), or the plain-English reason
 * it could not be done, to show in place.
 */
export function runAction<A>(action: Action<A>, args: A, done?: string): string | null {
  return attempt(action, args, { refusal: 'return', ...(done ? { done } : {}) });
}
