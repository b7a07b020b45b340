// Issue 9: "every change reaches disk within 250 ms". The store's bound is
// structural: an update is appended at once (no timer, no debounce) and
// group-committed, so a change waits at most for the write+fsync already in
// flight plus its own. These tests pin that structure down, which holds on
// any machine, and then measure the wall-clock time on this one. The
// measurement is printed; it is asserted only on its median, because a
// CI box under load (this one runs other suites beside it) can stall any
// single fsync far beyond the store's control.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBlocker, createWorkshop, editBlockerText } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import { loadWorkshop } from '../../electron/host/store/load-workshop';
import { workshopPaths } from '../../electron/host/store/workshop-files';
import { WorkshopStore } from '../../electron/host/store/workshop-store';
import { makeTempDir } from '../helpers/temp-dir';

const BOUND_MS = 250;
const ID = 'workshop:flush-bound';

let tmp: { dir: string; cleanup: () => Promise<void> };
let store: WorkshopStore;

beforeEach(async () => {
  tmp = await makeTempDir('flush-bound');
  // No compaction here: it is a separate, rarer step (a snapshot written
  // aside and renamed), covered by the store's own tests and the crash test.
  store = await WorkshopStore.open(tmp.dir, ID, { compactAtBytes: 64 * 1024 * 1024 });
  createWorkshop(store.doc, { title: 'Flush bound', localAuthority: 'Anyshire' });
  await store.flush();
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await store.close();
  await tmp.cleanup();
});

/** Counts fsyncs (sync and datasync) on every open file from now on. */
async function countSyncs(): Promise<{ count: () => number }> {
  const probe = await open(join(tmp.dir, 'probe'), 'w');
  const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void>; datasync: () => Promise<void> };
  await probe.close();
  let syncs = 0;
  for (const name of ['sync', 'datasync'] as const) {
    const original = proto[name];
    vi.spyOn(proto, name).mockImplementation(function (this: unknown) {
      syncs += 1;
      return original.call(this);
    });
  }
  return { count: () => syncs };
}

describe('the durable store', () => {
  it('never holds a change back on a timer: with timers frozen, every change still reaches disk', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(addBlocker(store.doc, { text: `note ${i}` }));
    await store.flush();
    const loaded = await loadWorkshop(workshopPaths(tmp.dir, ID));
    expect(Object.keys(readWorkshop(loaded.doc).blockers).sort()).toEqual([...ids].sort());
    loaded.doc.destroy();
  });

  it('makes each change durable after at most two fsyncs: the one in flight and its own', async () => {
    const syncs = await countSyncs();
    const waited: number[] = [];
    const pending: Promise<void>[] = [];
    for (let burst = 0; burst < 20; burst++) {
      for (let i = 0; i < 10; i++) {
        const before = syncs.count();
        addBlocker(store.doc, { text: `burst ${burst} note ${i}` });
        pending.push(store.flush().then(() => void waited.push(syncs.count() - before)));
      }
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(pending);
    expect(waited).toHaveLength(200);
    expect(Math.max(...waited)).toBeLessThanOrEqual(2);
    // Group commit: far fewer fsyncs than changes.
    expect(syncs.count()).toBeLessThan(200);
  });

  it(`measures the time from a change to its fsync (median well under ${BOUND_MS} ms)`, async () => {
    const latencies: number[] = [];
    const ids: string[] = [];
    const timed = async (change: () => void) => {
      const started = performance.now();
      change();
      await store.flush();
      latencies.push(performance.now() - started);
    };
    for (let burst = 0; burst < 10; burst++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => timed(() => ids.push(addBlocker(store.doc, { text: `b${burst} n${i}`, x: i, y: burst })))),
      );
    }
    const typing: Promise<void>[] = [];
    for (let i = 0; i < 150; i++) {
      const id = ids[i % ids.length]!;
      typing.push(timed(() => editBlockerText(store.doc, id, `typed ${i}`)));
      await new Promise((r) => setTimeout(r, 3));
    }
    await Promise.all(typing);
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
    console.log(
      `[flush-bound] ${sorted.length} changes: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`,
    );
    expect(at(0.5)).toBeLessThan(BOUND_MS);
  });

  it('has the changes in its files once flushed, for any reader', async () => {
    const id = addBlocker(store.doc, { text: 'written just now' });
    await store.flush();
    const loaded = await loadWorkshop(workshopPaths(tmp.dir, ID));
    try {
      expect(readWorkshop(loaded.doc).blockers[id]?.text).toBe('written just now');
    } finally {
      loaded.doc.destroy();
    }
  });
});
