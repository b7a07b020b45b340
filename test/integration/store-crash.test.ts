// Issue 9's crash test: a child process runs the real store and adds
// numbered edits, printing "ack <n>" only after each is fsynced; it is
// SIGKILLed at random moments (during start-up, replay, appends and
// compactions), 200 times. After some kills a torn record is appended to the
// log, as a power cut mid-write would leave. Every acknowledged edit must survive.
//
// Node 20 cannot run TypeScript, so beforeAll bundles the child
// (test/helpers/store-crash-child.ts) with Vite's SSR build, the bundler the
// project already uses; npm packages stay external and load from node_modules.
import { spawn } from 'node:child_process';
import { appendFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkshop } from '../../shared/doc/read';
import { HostStore } from '../../electron/host/store/host-store';
import { LOG_HEADER_BYTES } from '../../electron/host/store/update-log';
import { buildForNode } from '../helpers/build-for-node';
import { makeTempDir } from '../helpers/temp-dir';

const KILLS = 200;
const LANES = 2; // two children at once: the machine has two cores
const KILLS_PER_FOLDER = 25; // start a fresh folder now and then to bound the document's size
const WORKSHOP_ID = 'workshop:crash-test';
const TORN_WRITE_CHANCE = 0.2;

let childScript: string;
beforeAll(async () => {
  childScript = await buildForNode('test/helpers/store-crash-child.ts', 'store-crash-child');
}, 60_000);

/** A small seeded PRNG, so a failing run can be repeated from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RunResult {
  acked: number[];
  next: number;
  stderr: string;
}

/** Runs one child from edit number `first` and kills it after a random moment. */
function runAndKill(dataDir: string, first: number, random: () => number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    // Half the kills are timed from spawn (many land while the store opens,
    // repairs a tail or migrates); half from "ready" (mid-append/compaction).
    const fromSpawn = random() < 0.5;
    if (fromSpawn) timer = setTimeout(kill, random() * 250);
    const readyDelay = random() * 150;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === 'ready' && !fromSpawn) timer = setTimeout(kill, readyDelay);
        else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (code ${code}): ${stderr}`));
        return;
      }
      const highest = acked.length > 0 ? Math.max(...acked) : first - 1;
      // Unacknowledged edits may or may not have reached disk; numbers are
      // never reused, so skip well past anything the child could have made.
      resolve({ acked, next: highest + 1000, stderr });
    });
  });
}

async function missingEdits(dataDir: string, acked: Iterable<number>): Promise<number[]> {
  const store = await HostStore.open(dataDir);
  try {
    const workshop = await store.workshop(WORKSHOP_ID);
    const texts = new Set(Object.values(readWorkshop(workshop.doc).blockers).map((b) => b.text));
    return [...acked].filter((n) => !texts.has(`edit ${n}`));
  } finally {
    await store.close();
  }
}

async function lane(seed: number, kills: number): Promise<{ kills: number; acked: number; lost: number[]; torn: number }> {
  const random = prng(seed);
  const lost: number[] = [];
  let totalAcked = 0;
  let torn = 0;
  let done = 0;
  while (done < kills) {
    const { dir, cleanup } = await makeTempDir(`crash-${seed}`);
    const acked = new Set<number>();
    let next = 0;
    for (let i = 0; i < KILLS_PER_FOLDER && done < kills; i += 1, done += 1) {
      const run = await runAndKill(dir, next, random);
      for (const n of run.acked) acked.add(n);
      next = run.next;
      // SIGKILL cannot tear a write() the kernel has taken; a power cut can.
      // Now and then, leave a torn record on the log as a power cut would.
      // (Only to a log whose header was written: junk alone is a foreign file.)
      const log = join(dir, 'workshops', 'crash-test.log');
      const logSize = (await stat(log).catch(() => null))?.size ?? 0;
      if (logSize >= LOG_HEADER_BYTES && random() < TORN_WRITE_CHANCE) {
        const junk = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 256)));
        await appendFile(log, junk);
      }
    }
    lost.push(...(await missingEdits(dir, acked)));
    torn += (await readdir(join(dir, 'workshops'))).filter((name) => name.includes('.log.torn-')).length;
    totalAcked += acked.size;
    await cleanup();
  }
  return { kills: done, acked: totalAcked, lost, torn };
}

describe('store crash safety', () => {
  it(`loses no acknowledged edit across ${KILLS} SIGKILLs`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const results = await Promise.all(
      Array.from({ length: LANES }, (_, i) => lane(seed + i, KILLS / LANES)),
    );
    const kills = results.reduce((n, r) => n + r.kills, 0);
    const acked = results.reduce((n, r) => n + r.acked, 0);
    const lost = results.flatMap((r) => r.lost);
    const torn = results.reduce((n, r) => n + r.torn, 0);
    console.log(`crash test (seed ${seed}): ${kills} kills, ${acked} acknowledged edits, ${torn} torn tails cut, ${lost.length} lost`);
    expect(kills).toBe(KILLS);
    expect(acked).toBeGreaterThan(KILLS); // the kills really landed among appends
    expect(lost).toEqual([]);
  }, 300_000); // ~40 s alone; generous for a loaded machine
});
