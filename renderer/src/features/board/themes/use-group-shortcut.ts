import { useEffect } from 'react';
import { useWorkshopStore } from '../../../store/workshop-store';
import { groupIntoTheme } from './theme-actions';

const NOT_TYPING = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** Typing a "g" into a field must stay a "g"; on a checkbox or a button, G groups. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPING.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** G groups the selected notes into a theme, from the canvas or the list (not while typing). */
export function useGroupShortcut(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'g' || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      const selected = useWorkshopStore.getState().selectedBlockerIds;
      if (selected.length === 0) return;
      event.preventDefault();
      groupIntoTheme(selected);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
