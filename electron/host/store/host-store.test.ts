import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { createWorkshop } from '../../../shared/doc/ops/index';
import { HostStore } from './host-store';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('hoststore')));
afterEach(() => cleanup());

describe('HostStore', () => {
  it('lists saved workshops, newest first, with a problem for a damaged one', async () => {
    const store = await HostStore.open(dir);
    const a = await store.workshop('workshop:alpha');
    createWorkshop(a.doc, { title: 'Alpha', localAuthority: 'North Shire' });
    await a.flush();
    await new Promise((r) => setTimeout(r, 20));
    const b = await store.workshop('workshop:beta');
    createWorkshop(b.doc, { title: 'Beta', localAuthority: 'South Borough' });
    await store.workshop('workshop:blank'); // opened, never set up: not listed
    await store.close();
    // ...and it leaves no files behind.
    expect((await readdir(join(dir, 'workshops'))).filter((name) => name.startsWith('blank.'))).toEqual([]);

    await writeFile(join(dir, 'workshops', 'gamma.snapshot'), 'not a snapshot at all, someone copied a file');
    const reopened = await HostStore.open(dir);
    const list = await reopened.listWorkshops();
    expect(list.map((w) => w.id).sort()).toEqual(['workshop:alpha', 'workshop:beta', 'workshop:gamma']);
    const ok = list.filter((w) => w.problem === undefined);
    expect(ok.map(({ id, title, localAuthority }) => ({ id, title, localAuthority }))).toEqual([
      { id: 'workshop:beta', title: 'Beta', localAuthority: 'South Borough' },
      { id: 'workshop:alpha', title: 'Alpha', localAuthority: 'North Shire' },
    ]);
    expect(ok[0]!.updatedAt).toBeGreaterThan(Date.now() - 60_000);
    expect(list.find((w) => w.id === 'workshop:gamma')!.problem).toContain('is not a Small Changes Studio snapshot');
    // Listing is read-only: the damaged file is untouched.
    expect(await readFile(join(dir, 'workshops', 'gamma.snapshot'), 'utf8')).toBe('not a snapshot at all, someone copied a file');

    // What each closed workshop says is remembered until its files change.
    expect(await reopened.listWorkshops()).toEqual(list);
    await copyFile(join(dir, 'workshops', 'beta.snapshot'), join(dir, 'workshops', 'gamma.snapshot'));
    const fixed = (await reopened.listWorkshops()).find((w) => w.id === 'workshop:gamma')!;
    expect([fixed.title, fixed.problem]).toEqual(['Beta', undefined]);
    await reopened.close();
  });

  it('opens each workshop once and validates ids', async () => {
    const store = await HostStore.open(dir);
    const [x, y] = await Promise.all([store.workshop('workshop:same'), store.workshop('workshop:same')]);
    expect(x).toBe(y);
    await expect(store.workshop('workshop:a/b')).rejects.toMatchObject({ code: 'bad-workshop-id' });
    await expect(store.workshop('workshop:..')).rejects.toThrow('is not a workshop id');
    await store.close();
  });

  it('refuses a second host on the same folder', async () => {
    const store = await HostStore.open(dir);
    await expect(HostStore.open(dir)).rejects.toMatchObject({ code: 'data-dir-locked' });
    await store.close();
    const again = await HostStore.open(dir);
    await again.close();
  });

  it('checks the folder is writable before anything else', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(HostStore.open(join(dir, 'file', 'data'))).rejects.toMatchObject({ code: 'data-dir-unwritable' });
  });
});
