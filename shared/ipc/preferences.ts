import { z } from 'zod';
import { ROLES, idsOf } from '../doc/seeded-lists.js';

// What a person can set in Settings. Main keeps them in a JSON file in the
// user's data folder and checks them with this schema every time it reads it.

export const MAX_DISPLAY_NAME_LENGTH = 80;
export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;

export const preferencesSchema = z.object({
  /** Shown to the room and written in a workshop file's lock ("open by …"). */
  displayName: z.string().trim().max(MAX_DISPLAY_NAME_LENGTH),
  /** The role this laptop suggests when it joins a workshop. */
  defaultRole: z.enum(idsOf(ROLES)),
  /** Workshops not changed for this many days are offered for deletion. */
  retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
  displayName: '',
  defaultRole: 'practitioner',
  retentionDays: DEFAULT_RETENTION_DAYS,
});

/** A change to some of them; each given field is checked. */
export const preferencesPatchSchema = preferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;
