// Store benchmark (issue 9): 5,000 blocker adds through the real ops, each
// saved as its own fsynced log record; then compaction and a cold reopen.
// Run with `npm run bench:store`; the last line is one JSON object.
// Targets: append p95 <= 1 ms, reopen <= 300 ms, file <= 2x the merged state.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addBlocker, createWorkshop } from '../../shared/doc/ops/index';
import { blockersMap, CATEGORIES } from '../../shared/doc/schema';
import { HostStore } from '../../electron/host/store/host-store';
import { makeTempDir } from '../helpers/temp-dir';

const NOTES = 5000;
const ID = 'workshop:bench';
const REOPENS = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

async function fileBytes(dataDir: string): Promise<number> {
  let total = 0;
  for (const ext of ['snapshot', 'log']) {
    total += (await stat(join(dataDir, 'workshops', `bench.${ext}`)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

async function timeReopen(dataDir: string): Promise<{ ms: number; notes: number }> {
  const start = performance.now();
  const store = await HostStore.open(dataDir);
  const workshop = await store.workshop(ID);
  const ms = performance.now() - start;
  const notes = blockersMap(workshop.doc).size;
  await store.close();
  return { ms, notes };
}

async function main(): Promise<void> {
  const { dir, cleanup } = await makeTempDir('bench');
  try {
    const store = await HostStore.open(dir);
    const workshop = await store.workshop(ID);
    createWorkshop(workshop.doc, { title: 'Benchmark', localAuthority: 'Benchshire' });
    await workshop.flush();

    // Append latency: from the moment the store hands the update to the log
    // (its update handler runs first) until the fsync that covers it.
    let handedOver = 0;
    workshop.doc.on('update', () => (handedOver = performance.now()));
    const append: number[] = [];
    const opToDisk: number[] = [];
    for (let i = 0; i < NOTES; i += 1) {
      const start = performance.now();
      addBlocker(workshop.doc, {
        text: `Blocker ${i}: the same details typed into two systems after every visit`,
        category: CATEGORIES[i % CATEGORIES.length]!.id,
        x: (i % 50) * 220,
        y: Math.floor(i / 50) * 140,
      });
      await workshop.flush();
      const end = performance.now();
      append.push(end - handedOver);
      opToDisk.push(end - start);
    }
    // The merged state as Yjs encodes it by default (update format v1); the
    // snapshot stores the same state in format v2, which is smaller.
    const mergedStateBytes = Y.encodeStateAsUpdate(workshop.doc).byteLength;

    // Worst case for opening: no compaction yet, every note a log record.
    const beforeCompaction = await fileBytes(dir);
    append.sort((a, b) => a - b);
    opToDisk.sort((a, b) => a - b);
    await store.close(); // flushes and compacts
    const bytes = await fileBytes(dir);
    // Median of five opens: one reading on a shared two-core machine is noise.
    const reopens: number[] = [];
    for (let i = 0; i < REOPENS; i += 1) {
      const reopen = await timeReopen(dir);
      if (reopen.notes !== NOTES) throw new Error(`reopened with ${reopen.notes} notes, expected ${NOTES}`);
      reopens.push(reopen.ms);
    }
    const reopenMedian = [...reopens].sort((a, b) => a - b)[Math.floor(REOPENS / 2)]!;

    // The home screen's list of workshops: the first time reads the workshop
    // from disk, later times only check that its files have not changed.
    const lister = await HostStore.open(dir);
    let start = performance.now();
    await lister.listWorkshops();
    const listFirst = performance.now() - start;
    start = performance.now();
    await lister.listWorkshops();
    const listAgain = performance.now() - start;
    await lister.close();

    console.log(`appends: p50 ${round(percentile(append, 50))} ms, p95 ${round(percentile(append, 95))} ms, max ${round(append.at(-1)!)} ms`);
    console.log(`op + append: p50 ${round(percentile(opToDisk, 50))} ms, p95 ${round(percentile(opToDisk, 95))} ms`);
    console.log(`reopens: ${reopens.map(round).join(', ')} ms (median ${round(reopenMedian)})`);
    console.log(`list of workshops: first ${round(listFirst)} ms, again ${round(listAgain)} ms`);
    console.log(`files: ${beforeCompaction} bytes before the final compaction, ${bytes} after; merged state ${mergedStateBytes} bytes`);
    console.log(
      JSON.stringify({
        notes: NOTES,
        append_p95_ms: round(percentile(append, 95)),
        reopen_ms: round(reopenMedian),
        list_first_ms: round(listFirst),
        list_again_ms: round(listAgain),
        file_bytes: bytes,
        merged_state_bytes: mergedStateBytes,
      }),
    );
  } finally {
    await cleanup();
  }
}

await main();
