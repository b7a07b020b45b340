import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/helpers/temp-dir';
import { DEFAULT_PREFERENCES } from '../../shared/ipc/preferences';
import { MAX_RECENT_FILES, Settings, SETTINGS_FILE } from './settings';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('settings'));
});
afterEach(() => cleanup());

const fixedNow = () => new Date('2026-05-01T09:00:00.000Z');

describe('Settings', () => {
  it('starts from the defaults when there is no file, with no notice', async () => {
    const settings = await Settings.load(dir);
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.preferences.retentionDays).toBe(90);
    expect(settings.notice).toBe(null);
    expect(settings.recentFiles).toEqual([]);
    expect(settings.lastWorkshopId).toBe(null);
  });

  it('saves a change and reads it back', async () => {
    const settings = await Settings.load(dir);
    await settings.updatePreferences({ displayName: '  Sam Okafor ', retentionDays: 30 });
    await settings.setLastWorkshop('workshop:abc');
    await settings.keep(['workshop:old'], 1234);
    const again = await Settings.load(dir);
    expect(again.preferences).toEqual({ ...DEFAULT_PREFERENCES, displayName: 'Sam Okafor', retentionDays: 30 });
    expect(again.lastWorkshopId).toBe('workshop:abc');
    expect(again.keptAt('workshop:old')).toBe(1234);
  });

  it('refuses a bad change, naming the field, and keeps what was there', async () => {
    const settings = await Settings.load(dir);
    await expect(settings.updatePreferences({ retentionDays: -3 })).rejects.toThrow(/retentionDays/);
    await expect(settings.updatePreferences({ defaultRole: 'boss' as never })).rejects.toThrow(/defaultRole/);
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps the newest recent files first, once each, at most ten', async () => {
    const settings = await Settings.load(dir);
    for (let i = 0; i < 12; i++) {
      await settings.addRecentFile({ path: `/f/${i}.smallchanges`, workshopId: `workshop:w${i}`, title: `W${i}`, openedAt: i });
    }
    await settings.addRecentFile({ path: '/f/5.smallchanges', workshopId: 'workshop:w5', title: 'W5', openedAt: 99 });
    const paths = settings.recentFiles.map((f) => f.path);
    expect(paths).toHaveLength(MAX_RECENT_FILES);
    expect(paths[0]).toBe('/f/5.smallchanges');
    expect(new Set(paths).size).toBe(paths.length);
    await settings.removeRecentFile('/f/5.smallchanges');
    expect(settings.recentFiles.map((f) => f.path)).not.toContain('/f/5.smallchanges');
  });

  it('forgets deleted workshops everywhere', async () => {
    const settings = await Settings.load(dir);
    await settings.addRecentFile({ path: '/f/a.smallchanges', workshopId: 'workshop:a', title: 'A', openedAt: 1 });
    await settings.setLastWorkshop('workshop:a');
    await settings.keep(['workshop:a'], 5);
    await settings.forget(['workshop:a']);
    expect(settings.recentFiles).toEqual([]);
    expect(settings.lastWorkshopId).toBe(null);
    expect(settings.keptAt('workshop:a')).toBe(null);
  });

  it.each([
    ['not JSON', '{"version":1, "prefer'],
    ['the wrong shape', JSON.stringify({ version: 1, preferences: { displayName: 5 } })],
    ['a newer version', JSON.stringify({ version: 2 })],
    ['empty', ''],
  ])('sets a damaged file (%s) aside, uses the defaults and says so', async (_label, text) => {
    await writeFile(join(dir, SETTINGS_FILE), text);
    const settings = await Settings.load(dir, fixedNow);
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.notice).toBe(
      'Your settings file was damaged, so the defaults are in use. The old file was kept as settings.json.damaged-2026-05-01T09-00-00-000Z.',
    );
    const names = await readdir(dir);
    expect(names).toContain('settings.json.damaged-2026-05-01T09-00-00-000Z');
    expect(await readFile(join(dir, 'settings.json.damaged-2026-05-01T09-00-00-000Z'), 'utf8')).toBe(text);
    // The next change writes a good file; the damaged one stays put.
    await settings.updatePreferences({ displayName: 'Ali' });
    expect((await Settings.load(dir)).preferences.displayName).toBe('Ali');
    expect(await readdir(dir)).toContain('settings.json.damaged-2026-05-01T09-00-00-000Z');
  });

  it('writes atomically: no temporary file is left and the file is whole JSON', async () => {
    const settings = await Settings.load(dir);
    await Promise.all([
      settings.updatePreferences({ displayName: 'A' }),
      settings.updatePreferences({ displayName: 'B' }),
      settings.setLastWorkshop('workshop:x'),
    ]);
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
    const saved = JSON.parse(await readFile(join(dir, SETTINGS_FILE), 'utf8'));
    expect(saved.preferences.displayName).toBe('B');
    expect(saved.lastWorkshopId).toBe('workshop:x');
  });

  it.skipIf(process.getuid?.() === 0)('says when saving is impossible, and keeps working in memory', async () => {
    const settings = await Settings.load(dir);
    await chmod(dir, 0o500);
    try {
      await expect(settings.updatePreferences({ displayName: 'Kim' })).rejects.toThrow(/EACCES|permission/i);
      expect(settings.preferences.displayName).toBe('Kim');
    } finally {
      await chmod(dir, 0o700);
    }
  });
});
