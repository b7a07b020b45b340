import { useEffect, useState } from 'react';
import { currentSession } from '../../../workshop/session';

/**
 * Whether this person has a change to undo or redo, kept up to date from the
 * session's undo manager. Read during render so a reopened session (a new
 * undo manager) is picked up on the next render.
 */
export function useUndoState(): { canUndo: boolean; canRedo: boolean } {
  const undo = currentSession()?.undo ?? null;
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!undo) return;
    const update = () => setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    update();
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
    for (const name of events) undo.on(name, update);
    return () => {
      for (const name of events) undo.off(name, update);
    };
  }, [undo]);
  return state;
}
