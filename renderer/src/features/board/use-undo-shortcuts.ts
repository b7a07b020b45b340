import { useEffect } from 'react';
import { redoAction, undoAction } from '../../actions/board-actions';
import { currentSession } from '../../workshop/session';

const NOT_TYPING = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** A text field keeps its own undo; on a checkbox or a button, Ctrl+Z undoes the last change to the board. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPING.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl/Cmd+Z undoes this person's own last change; Ctrl+Shift+Z or Ctrl+Y redoes it. */
export function useUndoShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
      const session = currentSession();
      if (!session) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undoAction.perform(session);
      else if ((key === 'z' && event.shiftKey) || key === 'y') redoAction.perform(session);
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
