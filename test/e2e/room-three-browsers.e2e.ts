// The room with three laptops: three separate Chromium processes (not tabs,
// which would share a BroadcastChannel and hide a broken network path) join a
// room opened by `npm run host -- --room … --secret …`. Two talk directly
// (WebRTC); the third has WebRTC switched off and goes through the host's
// relay. Edits flow every way; a joiner with the wrong secret sees nothing;
// browser-to-browser edit latency is measured and printed.
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';

const ROOM = 'E2EROOM';
const SECRET = 'three laptops secret';
const CAPTURE = 'What gets in the way of time with children and families?';
// The room is one LAN: laptops must see each other's real addresses, not mDNS names.
const ARGS = [...CHROMIUM_ARGS, '--disable-features=WebRtcHideLocalIpsWithMdns'];
// A laptop whose WebRTC cannot work (client isolation, UDP blocked): no UDP, and no RTCPeerConnection at all.
const NO_WEBRTC_ARGS = [...ARGS, '--force-webrtc-ip-handling-policy=disable_non_proxied_udp'];

let host: HostProcess;
const browsers: Browser[] = [];

test.beforeAll(async () => {
  host = await startHost({ args: ['--room', ROOM, '--secret', SECRET] });
});

test.afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await host?.stop();
});

async function laptop(args: string[], withoutWebRtc = false): Promise<Page> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
  browsers.push(browser);
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  // Measurement only: when each data-channel message is sent and received (the machine's clock).
  await page.addInitScript(() => {
    const w = window as unknown as { __sends: number[]; __recvs: number[] };
    w.__sends = [];
    w.__recvs = [];
    const proto = (window as unknown as { RTCDataChannel?: { prototype: RTCDataChannel } }).RTCDataChannel?.prototype;
    const onmessage = proto && Object.getOwnPropertyDescriptor(proto, 'onmessage');
    if (!proto || !onmessage?.set || !onmessage.get) return;
    const send = proto.send;
    proto.send = function (this: RTCDataChannel, data: never) {
      w.__sends.push(performance.timeOrigin + performance.now());
      return send.call(this, data);
    };
    Object.defineProperty(proto, 'onmessage', {
      get() {
        return onmessage.get!.call(this);
      },
      set(handler: (event: MessageEvent) => void) {
        onmessage.set!.call(this, (event: MessageEvent) => {
          w.__recvs.push(performance.timeOrigin + performance.now());
          handler(event);
        });
      },
    });
  });
  if (withoutWebRtc) {
    await page.addInitScript(() => {
      for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel']) {
        delete (window as unknown as Record<string, unknown>)[name];
      }
    });
  }
  return page;
}

async function join(page: Page, name: string, role: string, link = host.joinUrl!): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Join a room' })).toBeVisible();
  await expect(page.getByLabel('Room code')).toHaveValue(ROOM);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Join the room' }).click();
}

const note = (page: Page, text: string) => page.locator('[data-note-id]', { hasText: text });
const status = (page: Page) => page.locator('.room-status');

async function addNote(page: Page, text: string): Promise<void> {
  const capture = page.getByLabel(CAPTURE);
  await capture.fill(text);
  await capture.press('Enter');
  await expect(note(page, text)).toHaveCount(1);
}

/** When (ms, the machine's clock) a note with this text appears in the page. */
async function watchFor(page: Page, text: string): Promise<void> {
  await page.evaluate((marker) => {
    const w = window as unknown as { __seen?: Record<string, number> };
    w.__seen ??= {};
    const seen = w.__seen;
    const found = () => [...document.querySelectorAll('[data-note-id]')].some((el) => el.textContent?.includes(marker));
    const observer = new MutationObserver(() => {
      if (found()) {
        seen[marker] = performance.timeOrigin + performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, text);
}

const seenAt = (page: Page, text: string) =>
  page.evaluate((marker) => (window as unknown as { __seen?: Record<string, number> }).__seen?.[marker] ?? null, text);

test('three laptops share one board: directly, through the host, and never with the wrong secret', async () => {
  test.setTimeout(180_000);
  expect(host.joinUrl).toMatch(new RegExp(`#/join\\?room=${ROOM}&secret=`));
  const laptops = [await laptop(ARGS), await laptop(ARGS), await laptop(NO_WEBRTC_ARGS, true)] as const;
  try {
    await threeLaptops(...laptops);
  } catch (error) {
    // Browsers launched by the test are not in Playwright's trace: keep what each showed.
    for (const [i, page] of laptops.entries()) await page.screenshot({ path: test.info().outputPath(`laptop-${i + 1}.png`), fullPage: true });
    throw error;
  }
});

async function threeLaptops(anna: Page, ben: Page, cara: Page): Promise<void> {
  // Anna is first: the room's workshop is empty, so she names it.
  await join(anna, 'Anna', 'Co-facilitator');
  await expect(anna.getByRole('heading', { name: 'This room’s workshop has not started yet' })).toBeVisible({ timeout: 30_000 });
  await anna.getByLabel('Workshop name').fill('Room session');
  await anna.getByLabel('Local authority').fill('Anyshire');
  await anna.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(anna.getByRole('heading', { name: 'Room session' })).toBeVisible();

  await join(ben, 'Ben', 'Practitioner');
  await join(cara, 'Cara', 'Practitioner');
  for (const page of [ben, cara]) await expect(page.getByRole('heading', { name: 'Room session' })).toBeVisible({ timeout: 30_000 });

  // Anna and Ben connect directly; Cara, without WebRTC, through the host.
  await expect(status(anna)).toHaveAttribute('data-status', 'direct', { timeout: 30_000 });
  await expect(status(ben)).toHaveAttribute('data-status', 'direct', { timeout: 30_000 });
  await expect(status(cara)).toHaveAttribute('data-status', 'host');
  await expect(cara.getByText('This browser cannot connect directly')).toBeVisible();

  // Everyone is in everyone's list, online, with their role.
  for (const page of [anna, ben, cara]) {
    const people = page.locator('.people-list');
    for (const name of ['Anna', 'Ben', 'Cara']) await expect(people.locator('.person.online', { hasText: name })).toHaveCount(1, { timeout: 15_000 });
    await expect(people.locator('.person', { hasText: 'Anna' })).toContainText('Co-facilitator');
  }

  // Edits flow every way.
  await addNote(anna, 'Sign-off chains slow every decision');
  await addNote(ben, 'Duplicate data entry in two systems');
  await addNote(cara, 'Travel across the county takes hours');
  for (const page of [anna, ben, cara]) {
    for (const text of ['Sign-off chains', 'Duplicate data entry', 'Travel across']) await expect(note(page, text)).toHaveCount(1, { timeout: 15_000 });
  }
  await expectNoAxeViolations(ben, 'the board in a room');

  // A joiner with the wrong secret: refused by the host, sees nothing.
  const intruder = await (await browsers[2]!.newContext()).newPage();
  await join(intruder, 'Mallory', 'Observer', host.joinUrl!.replace(encodeURIComponent(SECRET), 'wrong-secret'));
  await expect(intruder.getByText('The host did not accept this room code and secret')).toBeVisible({ timeout: 15_000 });
  await expect(intruder.locator('[data-note-id]')).toHaveCount(0);
  await expectNoAxeViolations(intruder, 'the join screen with an error');
  // ...and the members keep working.
  await addNote(ben, 'Printing forms that nobody reads');
  for (const page of [anna, cara]) await expect(note(page, 'Printing forms that nobody reads')).toHaveCount(1, { timeout: 15_000 });

  // Browser-to-browser latency, Anna to Ben: screen to screen (the note appearing on
  // each), and on the wire (Anna's data channel sending it, Ben's receiving it).
  const screen: number[] = [];
  const wire: number[] = [];
  const timings = (page: Page, kind: '__sends' | '__recvs') =>
    page.evaluate((k) => (window as unknown as Record<string, number[]>)[k]!.splice(0), kind);
  for (let i = 0; i < 11; i++) {
    const text = `Latency probe ${i}`;
    await watchFor(anna, text);
    await watchFor(ben, text);
    await timings(anna, '__sends');
    await timings(ben, '__recvs');
    await addNote(anna, text);
    await expect(note(ben, text)).toHaveCount(1, { timeout: 10_000 });
    const [shown, seen] = [await seenAt(anna, text), await seenAt(ben, text)];
    if (shown !== null && seen !== null) screen.push(Math.max(0, seen - shown));
    const [sent, received] = [(await timings(anna, '__sends'))[0], (await timings(ben, '__recvs'))[0]];
    if (sent !== undefined && received !== undefined) wire.push(Math.max(0, received - sent));
  }
  const p50 = (values: number[]) => Number([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(2));
  console.log(JSON.stringify({ browser_to_browser_edit_ms: { p50_screen_to_screen: p50(screen), p50_data_channel: p50(wire), n: screen.length } }));
  expect(screen).toHaveLength(11);
  expect(wire.length).toBeGreaterThan(5);
}
