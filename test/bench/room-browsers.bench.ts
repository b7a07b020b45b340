// Browser-to-browser benchmark (issue 3): two separate Chromium processes
// (not tabs: tabs would share a BroadcastChannel) join a room opened by
// `npm run host -- --room … --secret …`, connect directly over WebRTC, and
// Anna adds notes that Ben sees. For each probe, on one clock (the machine's:
// performance.timeOrigin + performance.now() in both processes):
//   edit        Anna's transaction starts (the note is added to her Y.Doc)
//   sent        Anna's data channel sends the message holding the note
//   received    Ben's data channel receives that message
//   applied     Ben's Y.Doc has the note (after the UpdateGate)
//   shown       the note is in each page's DOM (React has rendered it)
// and the same for the host's relay, which carries every change too (Ben
// keeps whichever copy comes first). Then the same edit over unmodified
// y-webrtc 10.3.0 on a bare Y.Doc, in two fresh Chromium processes.
// Target: p50 edit-to-applied and screen-to-screen <= 5 ms. Run with
// `npm run bench:room-browsers` (ROOM_BROWSERS_PROBES=n for more or fewer,
// ROOM_BROWSERS_PROFILE=dir to save both pages' CPU profiles of the probes,
// ROOM_BROWSERS_STOCK=0 to skip the stock y-webrtc comparison,
// ROOM_BROWSERS_STOCK_BUSY_MS=n to keep the stock pages busy after each change).
// The last line is one JSON object.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { startHost, type HostProcess } from '../e2e/helpers/host-process';
import { joinToken } from '../../shared/room/crypto';
import { roomSocketUrl } from '../../renderer/src/sync/room/join-room';
import { probeInstrumentation, type ProbeTimes } from './room-browsers-probe';
import type { StockPage } from './room-browsers-stock-page';

const ROOM = 'BROWSERBENCH';
const SECRET = 'browser bench secret';
const CAPTURE = 'What gets in the way of time with children and families?';
const PROBES = Number(process.env['ROOM_BROWSERS_PROBES'] ?? 120);
const WARM_UP = 10;
// Notes already on the board: each probe's note lands in the next grid cell, still in view.
const BOARD_NOTES = 20;
const VIEWPORT = { width: 1280, height: 900 };
const PROFILE_DIR = process.env['ROOM_BROWSERS_PROFILE'] ?? null;
// Diagnosis: keep each stock page's main thread busy this long after every change (default 0).
const STOCK_BUSY_MS = Number(process.env['ROOM_BROWSERS_STOCK_BUSY_MS'] ?? 0);
// The room is one LAN: laptops must see each other's real addresses, not mDNS names.
const ARGS = [...CHROMIUM_ARGS, '--disable-features=WebRtcHideLocalIpsWithMdns'];

const round = (v: number) => Math.round(v * 100) / 100;
const load = () => loadavg().map((l) => Number(l.toFixed(2)));

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const summary = (values: readonly number[]) =>
  values.length === 0 ? { n: 0 } : { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)), n: values.length };

async function laptop(browsers: Browser[], bypassCSP = false): Promise<Page> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  browsers.push(browser);
  const page = await (await browser.newContext({ viewport: VIEWPORT, bypassCSP })).newPage();
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.addInitScript(probeInstrumentation);
  return page;
}

async function join(page: Page, joinUrl: string, name: string, role: string): Promise<void> {
  await page.goto(joinUrl);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Join the room' }).click();
}

async function waitDirect(page: Page): Promise<void> {
  await page.locator('.room-status[data-status="direct"]').waitFor({ timeout: 60_000 });
}

const arm = (page: Page, marker: string) => page.evaluate((m) => (window as unknown as ProbeWindow).__probe.arm(m), marker);
const timesOf = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__probe.times);
interface ProbeWindow {
  __probe: { arm(marker: string): void; times: ProbeTimes; docs: number };
}

interface Sample {
  editToApplied: number;
  screenToScreen: number;
  senderTxToSend: number;
  wire: number;
  receiverRecvToApplied: number;
  receiverAppliedToShown: number;
  editToShown: number;
  senderTxToRelaySend: number;
  relayWire: number;
  receiverRelayToApplied: number;
  senderTxToShown: number;
  via: string;
}

/** Every probe's raw times (written beside the CPU profiles, to line them up). */
const probeLog: { i: number; anna: ProbeTimes; ben: ProbeTimes }[] = [];

/** One note from Anna to Ben; null when a timestamp is missing (said why). */
async function probe(anna: Page, ben: Page, i: number): Promise<Sample | null> {
  // Words only: letters and digits mixed would look like a postcode to the child-data guard, which holds the note back.
  const marker = i < 0 ? `Warm-up note ${-i} ends here` : `Probe note ${i} ends here`;
  await arm(anna, marker);
  await arm(ben, marker);
  const capture = anna.getByLabel(CAPTURE);
  await capture.fill(marker);
  await capture.press('Enter');
  try {
    for (const page of [ben, anna]) await page.waitForFunction(() => (window as unknown as ProbeWindow).__probe.times.shown !== null, null, { timeout: 15_000, polling: 50 });
  } catch (error) {
    const shot = joinPath(tmpdir(), 'room-browsers-failed-anna.png');
    await anna.screenshot({ path: shot }).then(() => console.log(`Anna's screen: ${shot}`), () => undefined);
    const state = (page: Page) => page.evaluate(() => ({ ...(window as unknown as ProbeWindow).__probe, notes: document.querySelectorAll('[data-note-id]').length }));
    throw new Error(`Probe ${i} did not arrive. Anna: ${JSON.stringify(await state(anna))}; Ben: ${JSON.stringify(await state(ben))}`, { cause: error });
  }
  const [a, b] = [await timesOf(anna), await timesOf(ben)];
  probeLog.push({ i, anna: a, ben: b });
  // Anna deletes the note again, so the next probe's note lands in the same cell (in view: the board draws only what is).
  // (CSS, not getByRole: computing accessible names over the board is slow and would load Anna's page between probes.)
  await anna.locator('li', { has: anna.locator('[data-note-id]', { hasText: marker }) }).locator('.note-actions button.danger').dispatchEvent('click');
  await ben.locator('[data-note-id]', { hasText: marker }).waitFor({ state: 'detached', timeout: 15_000 });
  const missing = [['Anna edit', a.edit], ['Anna shown', a.shown], ['Ben applied', b.applied], ['Ben shown', b.shown]].filter(([, t]) => t === null);
  if (missing.length > 0) {
    console.log(`probe ${i}: no time for ${missing.map(([n]) => n).join(', ')}`);
    return null;
  }
  return {
    editToApplied: b.applied! - a.edit!,
    screenToScreen: b.shown! - a.shown!,
    senderTxToSend: a.sent === null ? Number.NaN : a.sent - a.edit!,
    wire: a.sent === null || b.received === null ? Number.NaN : b.received - a.sent,
    receiverRecvToApplied: b.received === null ? Number.NaN : b.applied! - b.received,
    receiverAppliedToShown: b.shown! - b.applied!,
    senderTxToShown: a.shown! - a.edit!,
    editToShown: b.shown! - a.edit!,
    senderTxToRelaySend: a.relaySent === null ? Number.NaN : a.relaySent - a.edit!,
    relayWire: a.relaySent === null || b.relayReceived === null ? Number.NaN : b.relayReceived - a.relaySent,
    receiverRelayToApplied: b.relayReceived === null ? Number.NaN : b.applied! - b.relayReceived,
    via: b.appliedVia ?? 'unknown',
  };
}

/**
 * The same edit over unmodified y-webrtc between two fresh Chromium processes
 * (a bare Y.Doc, no app): null when the stock page was not bundled.
 */
async function stockComparison(host: HostProcess): Promise<{ edit_to_applied_ms: object; data_channel_ms: object; n: number } | null> {
  const script = process.env['ROOM_BROWSERS_STOCK_PAGE'];
  if (script === undefined) return null;
  const content = await readFile(script, 'utf8');
  const signalingUrl = roomSocketUrl(host.url, 'signal', joinToken(SECRET, ROOM));
  const browsers: Browser[] = [];
  try {
    const pages: Page[] = [];
    for (let i = 0; i < 2; i += 1) {
      // Any page of the host's origin will do (http://127.0.0.1 is a secure context, as stock y-webrtc's crypto needs); the script is added past its CSP.
      const page = await laptop(browsers, true);
      await page.goto(`${host.url}/api/health`);
      await page.addScriptTag({ content });
      await page.evaluate(({ room, secret, url }) => (window as unknown as { startStock(r: string, s: string, u: string): void }).startStock(room, secret, url), { room: ROOM, secret: SECRET, url: signalingUrl });
      pages.push(page);
    }
    const [anna, ben] = pages as [Page, Page];
    for (const page of pages) await page.waitForFunction(() => (window as unknown as { __stock: StockPage }).__stock.peers() > 0, null, { timeout: 60_000 });
    for (const page of pages) await page.evaluate((ms) => (window as unknown as { __stock: StockPage }).__stock.setBusyAfterChange(ms), STOCK_BUSY_MS);
    const samples: { editToApplied: number; wire: number }[] = [];
    for (let i = -WARM_UP; i < PROBES; i += 1) {
      const marker = `Stock probe ${i} ends here`;
      await arm(anna, marker);
      await arm(ben, marker);
      await anna.evaluate((m) => (window as unknown as { __stock: StockPage }).__stock.edit(m), marker);
      await ben.waitForFunction(() => (window as unknown as ProbeWindow).__probe.times.applied !== null, null, { timeout: 15_000, polling: 20 });
      const [a, b] = [await timesOf(anna), await timesOf(ben)];
      if (i >= 0 && a.edit !== null && b.applied !== null) {
        samples.push({ editToApplied: b.applied - a.edit, wire: a.sent === null || b.received === null ? Number.NaN : b.received - a.sent });
      }
      await anna.waitForTimeout(30);
    }
    const finite = (values: number[]) => values.filter((v) => Number.isFinite(v));
    return {
      edit_to_applied_ms: summary(samples.map((s) => s.editToApplied)),
      data_channel_ms: summary(finite(samples.map((s) => s.wire))),
      n: samples.length,
    };
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
}

async function startProfiles(pages: Page[]): Promise<CDPSession[]> {
  const sessions: CDPSession[] = [];
  for (const page of pages) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    sessions.push(cdp);
  }
  return sessions;
}

async function stopProfiles(sessions: CDPSession[], pages: Page[], names: string[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, cdp] of sessions.entries()) {
    // Where the machine's clock sits in this profile: the samples inside probeAlignMark began at `at`.
    const at = await pages[i]!.evaluate(() => (window as unknown as { __probe: { probeAlignMark(): number } }).__probe.probeAlignMark());
    await writeFile(joinPath(dir, `${names[i]}.align.json`), JSON.stringify({ at }));
    const { profile } = await cdp.send('Profiler.stop');
    const path = joinPath(dir, `${names[i]}.cpuprofile`);
    await writeFile(path, JSON.stringify(profile));
    console.log(`CPU profile: ${path}`);
    await cdp.detach();
  }
}

async function main(): Promise<void> {
  console.log(`machine: ${cpus().length} cores, load average before: ${load().join(' ')}`);
  const browsers: Browser[] = [];
  let host: HostProcess | null = null;
  try {
    host = await startHost({ args: ['--room', ROOM, '--secret', SECRET] });
    const joinUrl = host.joinUrl;
    if (joinUrl === null) throw new Error('The host did not print a join link.');
    const anna = await laptop(browsers);
    const ben = await laptop(browsers);

    // The one who starts the room's workshop facilitates it, whatever role they joined with.
    await join(anna, joinUrl, 'Anna', 'Practitioner');
    await anna.getByLabel('Workshop name').fill('Latency bench');
    await anna.getByLabel('Local authority').fill('Anyshire');
    await anna.getByRole('button', { name: 'Start the workshop' }).click();
    await anna.getByRole('heading', { name: 'Latency bench' }).waitFor({ timeout: 30_000 });
    await join(ben, joinUrl, 'Ben', 'Practitioner');
    await ben.getByRole('heading', { name: 'Latency bench' }).waitFor({ timeout: 30_000 });
    await waitDirect(anna);
    await waitDirect(ben);
    // Let presence, the relay's history and the first mesh sync settle.
    await anna.waitForTimeout(1_000);

    for (let i = 0; i < BOARD_NOTES; i += 1) {
      const capture = anna.getByLabel(CAPTURE);
      await capture.fill(`Board note ${i + 1}: forms asked for twice`);
      await capture.press('Enter');
    }
    await ben.locator('[data-note-id]').nth(BOARD_NOTES - 1).waitFor({ timeout: 15_000 });
    for (let i = 0; i < WARM_UP; i += 1) await probe(anna, ben, -1 - i);
    const loadBefore = load();
    const profiles = PROFILE_DIR === null ? null : await startProfiles([anna, ben]);
    const samples: Sample[] = [];
    for (let i = 0; i < PROBES; i += 1) {
      const sample = await probe(anna, ben, i);
      if (sample !== null) samples.push(sample);
      // Let the board settle, as a person would between two notes.
      await anna.waitForTimeout(30);
    }
    if (profiles !== null) {
      await stopProfiles(profiles, [anna, ben], ['anna', 'ben'], PROFILE_DIR!);
      await writeFile(joinPath(PROFILE_DIR!, 'probes.json'), JSON.stringify(probeLog));
    }
    const loadAfter = load();
    if (samples.length < PROBES * 0.9) throw new Error(`Only ${samples.length} of ${PROBES} probes were timed.`);

    const pick = (f: (s: Sample) => number) => samples.map(f).filter((v) => Number.isFinite(v));
    const via: Record<string, number> = {};
    for (const s of samples) via[s.via] = (via[s.via] ?? 0) + 1;
    const stages = {
      // The mesh: Anna's data channel send, Ben's data channel receive (when Ben's main thread gets to it).
      sender_edit_to_mesh_send_ms: summary(pick((s) => s.senderTxToSend)),
      mesh_data_channel_ms: summary(pick((s) => s.wire)),
      receiver_mesh_received_to_applied_ms: summary(pick((s) => s.receiverRecvToApplied)),
      // The relay through the host (timed only for the probes the relay brought first).
      sender_edit_to_relay_send_ms: summary(pick((s) => s.senderTxToRelaySend)),
      relay_through_host_ms: summary(pick((s) => s.relayWire)),
      receiver_relay_received_to_applied_ms: summary(pick((s) => s.receiverRelayToApplied)),
      receiver_applied_to_shown_ms: summary(pick((s) => s.receiverAppliedToShown)),
      sender_edit_to_shown_ms: summary(pick((s) => s.senderTxToShown)),
    };
    console.log(`stages (ms): ${JSON.stringify(stages)}`);
    console.log(`applied via: ${JSON.stringify(via)}; load average ${loadBefore.join(' ')} before the probes, ${loadAfter.join(' ')} after`);
    // The app's browsers close first: the stock peers must not meet them in the room.
    await Promise.all(browsers.splice(0).map((b) => b.close()));
    const stock = process.env['ROOM_BROWSERS_STOCK'] === '0' ? null : await stockComparison(host);
    if (stock !== null) console.log(`stock y-webrtc 10.3.0, bare Y.Doc${STOCK_BUSY_MS > 0 ? `, busy ${STOCK_BUSY_MS} ms after each change` : ''} (ms): ${JSON.stringify(stock)}; load average ${load().join(' ')}`);
    const editToApplied = summary(pick((s) => s.editToApplied));
    const screenToScreen = summary(pick((s) => s.screenToScreen));
    const editToScreen = summary(pick((s) => s.editToShown));
    console.log(
      JSON.stringify({
        browser_to_browser: { edit_to_applied_ms: editToApplied, screen_to_screen_ms: screenToScreen, edit_to_screen_ms: editToScreen, n: samples.length, applied_via: via, stages },
        stock_y_webrtc: stock,
        browser_p50_ms: editToApplied.p50,
        browser_screen_p50_ms: screenToScreen.p50,
        load_avg: loadAfter[0],
        load_avg_before: loadBefore[0],
      }),
    );
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    const dataDir = host?.dataDir;
    await host?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
