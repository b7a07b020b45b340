import { useEffect } from 'react';
import { openFileAction, saveFileAction, saveFileAsAction } from '../../actions/file-actions';
import { isDesktopApp } from '../../ipc/client';

/**
 * Ctrl+S, Ctrl+Shift+S and Ctrl+O in a browser, where there is no menu to
 * hold them (in the desktop app the menu's accelerators run the same actions).
 */
export function useBrowserFileKeys(): void {
  useEffect(() => {
    if (isDesktopApp()) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const action = key === 's' ? (event.shiftKey ? saveFileAsAction : saveFileAction) : key === 'o' && !event.shiftKey ? openFileAction : null;
      if (action === null) return;
      event.preventDefault();
      void action.perform();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
