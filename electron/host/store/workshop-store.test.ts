import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { addBlocker, createWorkshop, editBlockerText } from '../../../shared/doc/ops/index';
import { readWorkshop } from '../../../shared/doc/read';
import { SCHEMA_VERSION, blockersMap, metaMap } from '../../../shared/doc/schema';
import { encodeRecord } from './record-frame';
import { readSnapshot, snapshotPayload, writeSnapshot } from './snapshot-file';
import { LOG_HEADER_BYTES } from './update-log';
import { WorkshopStore } from './workshop-store';
import { saveProblemText } from './save-problem';
import { simulateDiskFull } from '../../../test/helpers/disk-full';

const ID = 'workshop:test-1';
let dir: string;
let cleanup: () => Promise<void>;
const open: WorkshopStore[] = [];
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('workshop')));
afterEach(async () => {
  // Stores a test "crashed" are abandoned, never closed (closing would compact).
  open.length = 0;
  await cleanup();
});

const snapshotPath = () => join(dir, 'test-1.snapshot');
const logPath = () => join(dir, 'test-1.log');

async function openStore(options = {}): Promise<WorkshopStore> {
  const store = await WorkshopStore.open(dir, ID, options);
  open.push(store);
  return store;
}

function seed(store: WorkshopStore, notes: number): string[] {
  createWorkshop(store.doc, { title: 'Autumn session', localAuthority: 'Anytown Council', date: '2025-10-01' });
  return Array.from({ length: notes }, (_, i) => addBlocker(store.doc, { text: `Blocker ${i}` }));
}

const blockerTexts = (doc: Y.Doc) =>
  Object.values(readWorkshop(doc).blockers)
    .map((b) => b.text)
    .sort();

describe('WorkshopStore', () => {
  it('keeps every change across a clean close and reopen', async () => {
    const store = await openStore();
    seed(store, 3);
    await store.close();
    const again = await openStore();
    expect(readWorkshop(again.doc).meta.title).toBe('Autumn session');
    expect(blockerTexts(again.doc)).toEqual(['Blocker 0', 'Blocker 1', 'Blocker 2']);
    await again.close();
  });

  it('replays the log after a crash (no close, no compaction)', async () => {
    const store = await openStore();
    const [first] = seed(store, 2);
    editBlockerText(store.doc, first!, 'Blocker 0, edited');
    await store.flush();
    expect(await readSnapshot(snapshotPath())).toBeNull();
    const reopened = await openStore();
    expect(blockerTexts(reopened.doc)).toEqual(['Blocker 0, edited', 'Blocker 1']);
  });

  it('cuts a torn tail at open, sets it aside, and keeps every acknowledged edit', async () => {
    const store = await openStore();
    seed(store, 2);
    await store.flush();
    const garbage = Buffer.concat([encodeRecord(new Uint8Array([1, 2, 3, 4, 5, 6])).subarray(0, 9), Buffer.from('zz')]);
    await appendFile(logPath(), garbage);
    const reopened = await openStore();
    expect(blockerTexts(reopened.doc)).toEqual(['Blocker 0', 'Blocker 1']);
    expect(reopened.tornCopy).toMatch(/test-1\.log\.torn-/);
    expect(await readFile(reopened.tornCopy!)).toEqual(garbage);
    // Edits after the cut land after the good records, not after the garbage.
    addBlocker(reopened.doc, { text: 'After the cut' });
    await reopened.flush();
    const third = await openStore();
    expect(third.tornCopy).toBeNull();
    expect(blockerTexts(third.doc)).toEqual(['After the cut', 'Blocker 0', 'Blocker 1']);
  });

  it('refuses a damaged snapshot and changes no file', async () => {
    const store = await openStore();
    seed(store, 2);
    await store.close();
    const bytes = await readFile(snapshotPath());
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0x55, bytes.length - 3);
    await writeFile(snapshotPath(), bytes);
    const before = await readdir(dir);
    const logBefore = await readFile(logPath());
    await expect(WorkshopStore.open(dir, ID)).rejects.toMatchObject({
      code: 'corrupt-snapshot',
      message: `The saved workshop file ${snapshotPath()} fails its checksum (damaged). It has not been changed.`,
    });
    expect(await readFile(snapshotPath())).toEqual(bytes);
    expect(await readFile(logPath())).toEqual(logBefore);
    expect(await readdir(dir)).toEqual(before);
  });

  it('refuses a foreign file in place of the snapshot', async () => {
    await writeFile(snapshotPath(), JSON.stringify({ notes: ['not ours'] }));
    await expect(WorkshopStore.open(dir, ID)).rejects.toMatchObject({ code: 'foreign-file' });
    expect(await readFile(snapshotPath(), 'utf8')).toBe(JSON.stringify({ notes: ['not ours'] }));
  });

  it('compacts past the threshold and keeps everything', async () => {
    const store = await openStore({ compactAtBytes: 2_000 });
    seed(store, 60);
    await store.flush();
    await store.compact();
    expect((await stat(snapshotPath())).size).toBeGreaterThan(0);
    expect((await stat(logPath())).size).toBe(LOG_HEADER_BYTES);
    addBlocker(store.doc, { text: 'Later' });
    await store.flush();
    const reopened = await openStore();
    expect(blockerTexts(reopened.doc)).toHaveLength(61);
    expect(blockerTexts(reopened.doc)).toContain('Later');
  });

  it('is correct after a crash between the snapshot rename and the log reset', async () => {
    const store = await openStore();
    seed(store, 5);
    await store.flush();
    // Exactly the state on disk at that moment: the new snapshot holds
    // everything, and the log still holds the same updates.
    await writeSnapshot(snapshotPath(), snapshotPayload(store.doc));
    const reopened = await openStore();
    expect(readWorkshop(reopened.doc)).toEqual(readWorkshop(store.doc));
    expect(blockersMap(reopened.doc).size).toBe(5);
  });

  it('ignores a half-written snapshot temp file from a crash before the rename', async () => {
    const store = await openStore();
    seed(store, 2);
    await store.close();
    const temp = join(dir, 'test-1.snapshot.tmp-999-1');
    await writeFile(temp, 'half a snaps');
    const reopened = await openStore();
    expect(blockerTexts(reopened.doc)).toHaveLength(2);
    expect(await readdir(dir)).not.toContain('test-1.snapshot.tmp-999-1');
  });

  it('rejects a hostile client update: not merged, not saved', async () => {
    const store = await openStore();
    seed(store, 1);
    await store.flush();
    const sizeBefore = (await stat(logPath())).size;
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(store.doc));
    const evil = new Y.Map<unknown>();
    blockersMap(attacker).set('blocker:evil', evil as never);
    evil.set('text', 12345);
    evil.set('script', '<img onerror=alert(1)>');
    const update = Y.encodeStateAsUpdate(attacker, Y.encodeStateVector(store.doc));
    const result = store.applyClientUpdate(update, 'client');
    expect(result.ok).toBe(false);
    expect(blockersMap(store.doc).has('blocker:evil')).toBe(false);
    await store.flush();
    expect((await stat(logPath())).size).toBe(sizeBefore);
    const reopened = await openStore();
    expect(blockersMap(reopened.doc).has('blocker:evil')).toBe(false);
  });

  it('accepts a valid client update and saves it', async () => {
    const store = await openStore();
    seed(store, 1);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(store.doc));
    addBlocker(peer, { text: 'From a peer' });
    expect(store.applyClientUpdate(Y.encodeStateAsUpdate(peer, Y.encodeStateVector(store.doc)), 'client')).toEqual({ ok: true });
    await store.flush();
    const reopened = await openStore();
    expect(blockerTexts(reopened.doc)).toContain('From a peer');
  });

  it('refuses a workshop saved by a newer schema, changing nothing', async () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'Future', localAuthority: 'Anytown' });
    metaMap(doc).set('schemaVersion', 99);
    await writeSnapshot(snapshotPath(), snapshotPayload(doc));
    const bytes = await readFile(snapshotPath());
    await expect(WorkshopStore.open(dir, ID)).rejects.toMatchObject({ code: 'newer-version' });
    expect(await readFile(snapshotPath())).toEqual(bytes);
  });

  it('migrates an older workshop forward, keeping the old snapshot beside it', async () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'Old one', localAuthority: 'Anytown' });
    const meta = metaMap(doc);
    meta.delete('schemaVersion');
    meta.delete('teamSize');
    const old = snapshotPayload(doc);
    await writeSnapshot(snapshotPath(), old);
    const store = await openStore();
    expect(readWorkshop(store.doc).meta).toMatchObject({ title: 'Old one', schemaVersion: SCHEMA_VERSION, teamSize: 8 });
    expect([...((await readSnapshot(`${snapshotPath()}.schema-0`)) ?? [])]).toEqual([...old]);
    await store.close();
    const reopened = await openStore();
    expect(metaMap(reopened.doc).get('schemaVersion')).toBe(SCHEMA_VERSION);
  });

  it('refuses an id that could escape the folder', async () => {
    await expect(WorkshopStore.open(dir, 'workshop:../../etc')).rejects.toMatchObject({ code: 'bad-workshop-id' });
    await expect(WorkshopStore.open(dir, '../x')).rejects.toMatchObject({ code: 'bad-workshop-id' });
  });
});

describe('a full disk', () => {
  it('stops saving with a reason, keeps every change in memory, and saves them all once space is back', async () => {
    const disk = await simulateDiskFull();
    try {
      const store = await openStore({ retrySaveMs: 20 });
      seed(store, 2);
      await store.flush();
      const told: (string | null)[] = [];
      store.watchSaveStatus((problem) => told.push(problem && saveProblemText(problem)));

      disk.setFull(true);
      addBlocker(store.doc, { text: 'Written while the disk was full' });
      await expect(store.flush()).rejects.toThrow(/no space left/);
      expect(told).toEqual([expect.stringContaining('its disk is full')]);
      addBlocker(store.doc, { text: 'Also written while full' });
      await new Promise((resolve) => setTimeout(resolve, 100)); // several retries fail
      expect(store.failure).not.toBeNull();
      expect(told).toHaveLength(1); // told once, not on every retry

      disk.setFull(false);
      await vi.waitFor(() => expect(told.at(-1)).toBeNull(), { timeout: 2_000 });
      addBlocker(store.doc, { text: 'Written after space came back' });
      await store.flush();
      await store.close();

      const reopened = await openStore();
      expect(blockerTexts(reopened.doc)).toEqual(
        ['Also written while full', 'Blocker 0', 'Blocker 1', 'Written after space came back', 'Written while the disk was full'],
      );
      expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    } finally {
      disk.restore();
    }
  });
});
