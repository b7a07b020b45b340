import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { createWorkshop } from '../../../shared/doc/ops/index';
import { HostStore } from './host-store';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('delete-workshop')));
afterEach(() => cleanup());

async function saved(ids: string[]): Promise<void> {
  const store = await HostStore.open(dir);
  for (const id of ids) {
    const w = await store.workshop(id);
    createWorkshop(w.doc, { title: id, localAuthority: 'Anyshire' });
  }
  await store.close();
}

describe('HostStore.deleteWorkshop', () => {
  it("removes every file of that workshop and no other's", async () => {
    await saved(['workshop:old', 'workshop:old-2', 'workshop:keep']);
    // Copies the store keeps beside a workshop go too.
    await writeFile(join(dir, 'workshops', 'old.log.torn-2026'), 'tail');
    await writeFile(join(dir, 'workshops', 'old.snapshot.schema-0'), 'older');
    const store = await HostStore.open(dir);
    await store.deleteWorkshop('workshop:old');
    expect((await readdir(join(dir, 'workshops'))).sort()).toEqual([
      'keep.log',
      'keep.snapshot',
      'old-2.log',
      'old-2.snapshot',
    ]);
    expect((await store.listWorkshops()).map((w) => w.id).sort()).toEqual(['workshop:keep', 'workshop:old-2']);
    await store.close();
  });

  it('refuses a workshop opened since the host started, and deletes nothing', async () => {
    await saved(['workshop:busy']);
    const store = await HostStore.open(dir);
    await store.workshop('workshop:busy');
    expect(store.isOpen('workshop:busy')).toBe(true);
    await expect(store.deleteWorkshop('workshop:busy')).rejects.toThrow(
      'This workshop has been opened since the app started, so it was not deleted.',
    );
    expect(await readdir(join(dir, 'workshops'))).toContain('busy.snapshot');
    await store.close();
  });

  it('refuses an id that is not a workshop id', async () => {
    const store = await HostStore.open(dir);
    await expect(store.deleteWorkshop('../settings')).rejects.toThrow('is not a workshop id');
    await store.close();
  });

  it('is quiet about a workshop that is already gone', async () => {
    const store = await HostStore.open(dir);
    await expect(store.deleteWorkshop('workshop:never')).resolves.toBeUndefined();
    await store.close();
  });
});
