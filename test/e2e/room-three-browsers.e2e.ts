// The room with three laptops: three separate Chromium processes (not tabs,
// which would share a BroadcastChannel and hide a broken network path) join a
// room opened by `npm run host -- --room … --secret …`. Two talk directly
// (WebRTC); the third has WebRTC switched off and goes through the host's
// relay. Edits flow every way; a joiner with the wrong secret sees nothing.
// (Latency is measured by `npm run bench:room-browsers`, not by this test.)
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
  await join(anna, 'Anna', 'Practitioner');
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
    await expect(people.locator('.person', { hasText: 'Anna' })).toContainText('Facilitator');
  }

  // Edits flow every way.
  await addNote(anna, 'Sign-off chains slow every decision');
  await addNote(ben, 'Duplicate data entry in two systems');
  await addNote(cara, 'Travel across the county takes hours');
  for (const page of [anna, ben, cara]) {
    for (const text of ['Sign-off chains', 'Duplicate data entry', 'Travel across']) await expect(note(page, text)).toHaveCount(1, { timeout: 15_000 });
  }
  await expectNoAxeViolations(ben, 'the board in a room');

  // Hands up cross the room on both paths: Ben (direct) and Cara (through the host) raise theirs.
  for (const page of [ben, cara]) await page.getByRole('group', { name: 'Hands up' }).getByRole('button', { name: 'Raise my hand' }).click();
  for (const page of [anna, ben, cara]) await expect(page.getByTestId('hand-counts')).toContainText('2 hands up', { timeout: 15_000 });
  await cara.getByRole('button', { name: 'Lower my hand' }).click();
  for (const page of [anna, ben]) await expect(page.getByTestId('hand-counts')).toContainText('1 hand up', { timeout: 15_000 });

  // A joiner with the wrong secret: refused by the host, sees nothing.
  const intruder = await (await browsers[2]!.newContext()).newPage();
  await join(intruder, 'Mallory', 'Observer', host.joinUrl!.replace(encodeURIComponent(SECRET), 'wrong-secret'));
  await expect(intruder.getByText('The host did not accept this room code and secret')).toBeVisible({ timeout: 15_000 });
  await expect(intruder.locator('[data-note-id]')).toHaveCount(0);
  await expectNoAxeViolations(intruder, 'the join screen with an error');
  // ...and the members keep working.
  await addNote(ben, 'Printing forms that nobody reads');
  for (const page of [anna, cara]) await expect(note(page, 'Printing forms that nobody reads')).toHaveCount(1, { timeout: 15_000 });

  // How fast an edit crosses the room is measured by `npm run bench:room-browsers`
  // (test/bench/room-browsers.bench.ts, 100+ probes on one clock), not here:
  // this test asserts behaviour, never time.
}
