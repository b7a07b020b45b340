import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop } from '../../shared/doc/ops/index';
import { HostStore } from '../host/store/host-store';
import { makeTempDir } from '../../test/helpers/temp-dir';
import { deleteWorkshops, keepWorkshops, staleWorkshops, type RetentionDeps } from './retention';
import { Settings } from './settings';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let cleanup: () => Promise<void>;
let store: HostStore;
let settings: Settings;
let active: string | null;
let now: number;

function deps(): RetentionDeps {
  return { store: async () => store, settings, activeWorkshop: () => active, now: () => now };
}

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('retention'));
  const data = join(dir, 'data');
  const seed = await HostStore.open(data);
  for (const [id, title] of [['workshop:old', 'Old'], ['workshop:older', 'Older'], ['workshop:fresh', 'Fresh']] as const) {
    createWorkshop((await seed.workshop(id)).doc, { title, localAuthority: 'Anyshire' });
  }
  await seed.close();
  store = await HostStore.open(data);
  settings = await Settings.load(dir);
  active = null;
  // Make "now" so that the files written a moment ago look 100 days old …
  now = Date.now() + 100 * DAY;
});

afterEach(async () => {
  await store.close();
  await cleanup();
});

describe('retention', () => {
  it('offers workshops not changed for longer than the period (90 days by default)', async () => {
    const { days, workshops } = await staleWorkshops(deps());
    expect(days).toBe(90);
    expect(workshops.map((w) => w.id).sort()).toEqual(['workshop:fresh', 'workshop:old', 'workshop:older']);
    now = Date.now() + 80 * DAY;
    expect((await staleWorkshops(deps())).workshops).toEqual([]);
  });

  it('follows the setting', async () => {
    now = Date.now() + 40 * DAY;
    await settings.updatePreferences({ retentionDays: 30 });
    expect((await staleWorkshops(deps())).workshops).toHaveLength(3);
  });

  it('never offers the workshop in the window, or one opened since the app started', async () => {
    active = 'workshop:old';
    await store.workshop('workshop:fresh');
    expect((await staleWorkshops(deps())).workshops.map((w) => w.id)).toEqual(['workshop:older']);
  });

  it('"Keep" puts a workshop off for another period', async () => {
    await keepWorkshops(deps(), ['workshop:old']);
    expect((await staleWorkshops(deps())).workshops.map((w) => w.id)).not.toContain('workshop:old');
    now += 91 * DAY;
    expect((await staleWorkshops(deps())).workshops.map((w) => w.id)).toContain('workshop:old');
  });

  it('"Delete" removes them through the store and forgets them in the settings', async () => {
    await settings.setLastWorkshop('workshop:old');
    await settings.addRecentFile({ path: '/s/old.smallchanges', workshopId: 'workshop:old', title: 'Old', openedAt: 1 });
    active = 'workshop:fresh';
    const result = await deleteWorkshops(deps(), ['workshop:old', 'workshop:fresh', 'workshop:older']);
    expect(result.deleted).toEqual(['workshop:old', 'workshop:older']);
    expect(result.failed).toEqual([{ id: 'workshop:fresh', error: 'This workshop is open in the window, so it was not deleted.' }]);
    expect((await store.listWorkshops()).map((w) => w.id)).toEqual(['workshop:fresh']);
    expect(settings.lastWorkshopId).toBe(null);
    expect(settings.recentFiles).toEqual([]);
  });

  it('reports a workshop the store refuses to delete, and deletes the rest', async () => {
    await store.workshop('workshop:old');
    const result = await deleteWorkshops(deps(), ['workshop:old', 'workshop:older']);
    expect(result.deleted).toEqual(['workshop:older']);
    expect(result.failed[0]?.error).toMatch(/opened since the app started/);
  });
});
