import { readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { WORKSHOP_ID_PATTERN } from '../../shared/file/workshop-id';
import {
  DEFAULT_PREFERENCES,
  preferencesPatchSchema,
  preferencesSchema,
  type Preferences,
  type PreferencesPatch,
} from '../../shared/ipc/preferences';
import { writeFileAtomic } from '../host/store/durable-fs';

// The app's settings: the person's preferences plus what the app remembers
// (recent files, the workshop open when it last stopped, workshops the person
// chose to keep). One JSON file in the user's data folder, replaced
// atomically on every change and checked with zod on every read: a damaged
// file is moved aside (never deleted) and the defaults are used, with a notice.

export const SETTINGS_FILE = 'settings.json';
export const MAX_RECENT_FILES = 10;

const workshopId = z.string().regex(WORKSHOP_ID_PATTERN);

const recentFileSchema = z.object({
  path: z.string().min(1),
  workshopId,
  title: z.string(),
  openedAt: z.number(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

const settingsFileSchema = z.object({
  version: z.literal(1),
  preferences: preferencesSchema,
  recentFiles: z.array(recentFileSchema).max(MAX_RECENT_FILES),
  lastWorkshopId: workshopId.nullable(),
  /** workshop id → when the person chose to keep it (ms). */
  kept: z.record(workshopId, z.number()),
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

function defaults(): SettingsFile {
  return { version: 1, preferences: { ...DEFAULT_PREFERENCES }, recentFiles: [], lastWorkshopId: null, kept: {} };
}

export class Settings {
  private data: SettingsFile;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    data: SettingsFile,
    /** Set when the file on disk could not be used; says what happened. */
    readonly notice: string | null,
  ) {
    this.data = data;
  }

  /** Reads the settings in `dir`; never throws for a missing or damaged file. */
  static async load(dir: string, now: () => Date = () => new Date()): Promise<Settings> {
    const path = join(dir, SETTINGS_FILE);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Settings(path, defaults(), null);
      return new Settings(path, defaults(), `Your settings could not be read (${(error as Error).message}), so the defaults are in use for now.`);
    }
    let parsed: SettingsFile | null = null;
    try {
      const result = settingsFileSchema.safeParse(JSON.parse(text));
      if (result.success) parsed = result.data;
    } catch {
      // not JSON: handled below like any other damage
    }
    if (parsed !== null) return new Settings(path, parsed, null);
    const aside = `${path}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(path, aside);
    } catch (error) {
      return new Settings(
        path,
        defaults(),
        `Your settings file was damaged and could not be moved aside (${(error as Error).message}). The defaults are in use.`,
      );
    }
    return new Settings(
      path,
      defaults(),
      `Your settings file was damaged, so the defaults are in use. The old file was kept as ${basename(aside)}.`,
    );
  }

  get preferences(): Preferences {
    return { ...this.data.preferences };
  }

  get recentFiles(): readonly RecentFile[] {
    return this.data.recentFiles;
  }

  get lastWorkshopId(): string | null {
    return this.data.lastWorkshopId;
  }

  keptAt(id: string): number | null {
    return this.data.kept[id] ?? null;
  }

  /** Checks the change (throws with the field's problem) and saves it. */
  async updatePreferences(patch: PreferencesPatch): Promise<Preferences> {
    const checked = preferencesPatchSchema.parse(patch);
    const preferences = preferencesSchema.parse({ ...this.data.preferences, ...checked });
    await this.change({ preferences });
    return this.preferences;
  }

  addRecentFile(file: RecentFile): Promise<void> {
    const others = this.data.recentFiles.filter((f) => f.path !== file.path);
    return this.change({ recentFiles: [file, ...others].slice(0, MAX_RECENT_FILES) });
  }

  removeRecentFile(path: string): Promise<void> {
    return this.change({ recentFiles: this.data.recentFiles.filter((f) => f.path !== path) });
  }

  clearRecentFiles(): Promise<void> {
    return this.change({ recentFiles: [] });
  }

  setLastWorkshop(id: string | null): Promise<void> {
    if (this.data.lastWorkshopId === id) return this.writing;
    return this.change({ lastWorkshopId: id });
  }

  keep(ids: readonly string[], at: number): Promise<void> {
    const kept = { ...this.data.kept };
    for (const id of ids) kept[id] = at;
    return this.change({ kept });
  }

  forget(ids: readonly string[]): Promise<void> {
    const kept = { ...this.data.kept };
    for (const id of ids) delete kept[id];
    const lastWorkshopId = ids.includes(this.data.lastWorkshopId ?? '') ? null : this.data.lastWorkshopId;
    const recentFiles = this.data.recentFiles.filter((f) => !ids.includes(f.workshopId));
    return this.change({ kept, lastWorkshopId, recentFiles });
  }

  /** Resolves once every change made so far is on disk. */
  flush(): Promise<void> {
    return this.writing;
  }

  // Changes apply in memory at once; writes go out one at a time, each
  // holding everything changed before it.
  private change(part: Partial<SettingsFile>): Promise<void> {
    this.data = settingsFileSchema.parse({ ...this.data, ...part });
    const run = this.writing.then(() =>
      writeFileAtomic(this.path, Buffer.from(`${JSON.stringify(this.data, null, 2)}\n`, 'utf8')),
    );
    this.writing = run.catch((error: unknown) => {
      console.error(`[settings] could not save ${this.path}:`, error);
    });
    return run;
  }
}
