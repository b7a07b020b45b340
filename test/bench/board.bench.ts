// Board benchmark (issue 4): a workshop of 5,000 notes, served by a real host,
// opened in headless Debian Chromium. Run with `npm run bench:board`; the last
// line is one JSON object. Targets: first render <= 1,000 ms; drag and pan
// frame p95 <= 20 ms. Numbers depend on the machine: say what else ran.
import { rm } from 'node:fs/promises';
import { loadavg, cpus } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { freshDataDir, startHost, type HostProcess } from '../e2e/helpers/host-process';
import { NOTE_HEIGHT, NOTE_WIDTH } from '../../renderer/src/features/board/canvas/layout';
import { seedBoard, seedPosition } from './seed-board';

const NOTES = 5000;
const WORKSHOP = 'workshop:board-bench';
const LOADS = 3;
const MIN_FRAMES = 120;
const VIEWPORT = { width: 1280, height: 800 };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Installed before the app loads: notes the time of the first frame painted with notes in it. */
function watchFirstNotes(): void {
  const w = window as unknown as { __firstNotesAt?: number };
  const poll = () => {
    if (document.querySelector('[data-note-id]')) {
      // This frame paints the notes; a task queued now runs once it has.
      setTimeout(() => (w.__firstNotesAt = performance.now()), 0);
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** How many notes the home view should show: those whose box meets the canvas viewport at 100%. */
function expectedOnScreen(width: number, height: number): number {
  let count = 0;
  for (let i = 0; i < NOTES; i += 1) {
    const p = seedPosition(i);
    if (p.x <= width && p.y <= height && p.x + NOTE_WIDTH >= 0 && p.y + NOTE_HEIGHT >= 0) count += 1;
  }
  return count;
}

/** Main-thread busy time so far (CDP), which a loaded machine inflates far less than wall time. */
interface BusyTime {
  task_ms: number;
  script_ms: number;
  layout_ms: number;
  style_ms: number;
}

async function measureFirstRender(page: Page, url: string): Promise<{ at: number; busy: BusyTime }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(watchFirstNotes);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstNotesAt?: number }).__firstNotesAt !== undefined, null, { timeout: 60_000 });
  const { at, shown, width, height } = await page.evaluate(() => {
    const viewport = document.querySelector('.canvas-viewport')!.getBoundingClientRect();
    const shown = [...document.querySelectorAll('[data-note-id]')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > viewport.left && r.left < viewport.right && r.bottom > viewport.top && r.top < viewport.bottom;
    }).length;
    return { at: (window as unknown as { __firstNotesAt: number }).__firstNotesAt, shown, width: viewport.width - 4, height: viewport.height - 4 };
  });
  const expected = expectedOnScreen(width, height);
  if (shown !== expected) throw new Error(`The first frame showed ${shown} notes in view; ${expected} belong there.`);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
  await cdp.detach();
  return {
    at,
    busy: { task_ms: seconds('TaskDuration'), script_ms: seconds('ScriptDuration'), layout_ms: seconds('LayoutDuration'), style_ms: seconds('RecalcStyleDuration') },
  };
}

/** Runs `gesture` while recording requestAnimationFrame intervals; returns them. */
async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: number };
    // A new number per recording: an earlier loop still waiting for its next frame stops there.
    const run = (w.__recording ?? 0) + 1;
    w.__recording = run;
    w.__frames = [];
    const tick = (t: number) => {
      if (w.__recording !== run) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: number };
    w.__recording += 1;
    return w.__frames;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

/** A pointer drag of at least MIN_FRAMES frames: one small move, then wait for the next frame. */
async function scriptedDrag(page: Page, from: { x: number; y: number }, step: { x: number; y: number }, button: 'left' | 'middle') {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button });
  for (let i = 1; i <= MIN_FRAMES + 30; i += 1) {
    await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  }
  await page.mouse.up({ button });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

async function main(): Promise<void> {
  const dataDir = freshDataDir();
  const seedStart = performance.now();
  await seedBoard(dataDir, WORKSHOP, NOTES);
  console.log(`seeded ${NOTES} notes in ${Math.round(performance.now() - seedStart)} ms`);
  console.log(`machine: ${cpus().length} cores, load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  let host: HostProcess | null = null;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    host = await startHost({ dataDir });
    const url = `${host.url}/#/workshop/${encodeURIComponent(WORKSHOP)}`;

    // First render: each load in a fresh profile, so the board comes from the host, not a local copy.
    const renders: number[] = [];
    let page: Page | null = null;
    for (let i = 0; i < LOADS; i += 1) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const candidate = await context.newPage();
      const { at, busy } = await measureFirstRender(candidate, url);
      renders.push(at);
      console.log(`load ${i + 1}: first render ${round(at)} ms; main thread busy until then (ms): ${JSON.stringify(busy)}`);
      if (i < LOADS - 1) await context.close();
      else page = candidate;
    }
    console.log(`first render: ${renders.map(round).join(', ')} ms (the first load also waits for the host to read the workshop from disk)`);
    const firstRender = percentile(renders, 50);
    const p = page!;
    await p.waitForTimeout(500);

    const box = (await p.locator('.canvas-viewport').boundingBox())!;
    // Drag: a note near the top-left of the canvas, moved right and down.
    const note = (await p.locator('[data-note-id]').first().boundingBox())!;
    const drag = await recordFrames(p, () => scriptedDrag(p, { x: note.x + 40, y: note.y + 30 }, { x: 3, y: 2 }, 'left'));
    // Pan: middle-button drag from the canvas's middle, towards the top-left (new notes come into view).
    const pan = await recordFrames(p, () => scriptedDrag(p, { x: box.x + box.width * 0.8, y: box.y + box.height * 0.8 }, { x: -6, y: -3 }, 'middle'));
    if (drag.length < MIN_FRAMES || pan.length < MIN_FRAMES) throw new Error(`Too few frames recorded: drag ${drag.length}, pan ${pan.length}.`);
    const moved = await p.evaluate(() => document.querySelectorAll('[data-note-id]').length);
    const heap = await heapMb(p);
    console.log(`drag: ${drag.length} frames, p50 ${round(percentile(drag, 50))} ms, p95 ${round(percentile(drag, 95))} ms, max ${round(Math.max(...drag))} ms`);
    console.log(`pan: ${pan.length} frames, p50 ${round(percentile(pan, 50))} ms, p95 ${round(percentile(pan, 95))} ms, max ${round(Math.max(...pan))} ms`);
    console.log(`notes drawn after the pan: ${moved} of ${NOTES}; load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(
      JSON.stringify({
        notes: NOTES,
        first_render_ms: round(firstRender),
        drag_frame_p95_ms: round(percentile(drag, 95)),
        pan_frame_p95_ms: round(percentile(pan, 95)),
        heap_mb: round(heap),
      }),
    );
  } finally {
    await browser.close();
    await host?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
