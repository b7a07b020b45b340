import { DEFAULT_PREFERENCES, preferencesPatchSchema, preferencesSchema, type Preferences } from '../../../../shared/ipc/preferences';
import type { StudioApi } from '../../../../shared/ipc/contract';
import { errorMessage, fail, ok } from '../../../../shared/ipc/envelope';
import { z } from 'zod';

// Preferences in a plain browser: kept in this browser's localStorage and
// checked with the same schema the desktop app uses for its settings file.

export const PREFERENCES_KEY = 'small-changes:preferences';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function load(storage: Store): { preferences: Preferences; notice: string | null } {
  let raw: string | null;
  try {
    raw = storage.getItem(PREFERENCES_KEY);
  } catch {
    return { preferences: { ...DEFAULT_PREFERENCES }, notice: 'This browser does not let the app keep settings, so the defaults are in use.' };
  }
  if (raw === null) return { preferences: { ...DEFAULT_PREFERENCES }, notice: null };
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { preferences: parsed.data, notice: null };
  } catch {
    // not JSON: treated as damaged below
  }
  try {
    storage.setItem(`${PREFERENCES_KEY}.damaged`, raw);
  } catch {
    // keeping the damaged copy is a courtesy; the defaults still apply
  }
  return { preferences: { ...DEFAULT_PREFERENCES }, notice: 'Your saved settings were damaged, so the defaults are in use.' };
}

export function browserPreferencesApi(storage: Store): Pick<StudioApi, 'settingsGet' | 'settingsSet'> {
  return {
    settingsGet: async () => ok(load(storage)),
    settingsSet: async (patch) => {
      const checked = preferencesPatchSchema.safeParse(patch);
      if (!checked.success) return fail(`Invalid settings: ${z.prettifyError(checked.error)}`);
      const preferences = { ...load(storage).preferences, ...checked.data };
      try {
        storage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
      } catch (error) {
        return fail(`The settings could not be kept in this browser: ${errorMessage(error)}`);
      }
      return ok(preferences);
    },
  };
}
