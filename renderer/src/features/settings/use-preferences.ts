import { useEffect, useState } from 'react';
import type { Preferences } from '../../../../shared/ipc/preferences';
import { studioClient } from '../../ipc/client';

export type PreferencesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly preferences: Preferences; readonly notice: string | null }
  | { readonly status: 'failed'; readonly message: string };

/**
 * This laptop's preferences (display name, default role, retention), from
 * the desktop app's settings file or this browser's storage. Other features
 * read them here, e.g. to suggest the person's name or role when they join.
 */
export function usePreferences(): PreferencesState {
  const [state, setState] = useState<PreferencesState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void studioClient()
      .settingsGet()
      .then((reply) => {
        if (!live) return;
        setState(reply.ok ? { status: 'ready', ...reply.data } : { status: 'failed', message: reply.error });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
