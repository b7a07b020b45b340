// The blocker map with two laptops: two separate browser processes (two tabs
// of one browser would share storage and hide a broken path) against one host.
import { join as joinPath } from 'node:path';
import { chromium, expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { WORKSHOPS_FOLDER } from '../../electron/host/store/data-dir';
import { loadWorkshop } from '../../electron/host/store/load-workshop';
import { workshopPaths } from '../../electron/host/store/workshop-files';
import { readWorkshop } from '../../shared/doc/read';
import { blockersMap, participantsMap } from '../../shared/doc/schema';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';

let host: HostProcess;
let laptopA: Browser;
let laptopB: Browser;

// Two browsers and a host on a 2-core machine: allow for a slow moment.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  host = await startHost();
  [laptopA, laptopB] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([laptopA?.close(), laptopB?.close()]);
  await host?.stop();
});

const CAPTURE = 'What gets in the way of time with children and families?';

async function createWorkshop(browser: Browser, title: string): Promise<{ page: Page; url: string; id: string }> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await page.goto(host.url);
  await page.getByLabel('Workshop name').fill(title);
  await page.getByLabel('Local authority').fill('Northshire County Council');
  await page.getByLabel('Your name (optional)').fill('Sam Facilitator');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const url = page.url();
  const id = decodeURIComponent(/#\/workshop\/([^/?#]+)/.exec(url)![1]!);
  return { page, url, id };
}

async function openOn(browser: Browser, url: string, title: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  return page;
}

async function addNote(page: Page, text: string): Promise<void> {
  const capture = page.getByLabel(CAPTURE);
  await capture.fill(text);
  await capture.press('Enter');
  await expect(capture).toHaveValue('');
}

const onBoard = (page: Page, text: string): Locator => page.locator('[data-note-id]', { hasText: text });
const inList = (page: Page, text: string): Locator => page.locator('[data-list-note-id]', { hasText: text });

async function showList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Blockers as a list/ })).toBeVisible();
}

/** Presses Tab until the target has focus: keyboard only, as a person would. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Every clientID that made an item anywhere under a Yjs type, tombstones included. */
// `any`: a Y.Map<T> is not assignable to AbstractType<unknown>.
function clientIdsUnder(type: Y.AbstractType<any>, out = new Set<number>()): Set<number> {
  for (const item of type._map.values()) {
    for (let it: Y.Item | null = item; it !== null; it = it.left) {
      out.add(it.id.client);
      if (it.content instanceof Y.ContentType) clientIdsUnder(it.content.type as Y.AbstractType<unknown>, out);
    }
  }
  for (let it = type._start; it !== null; it = it.right) {
    out.add(it.id.client);
    if (it.content instanceof Y.ContentType) clientIdsUnder(it.content.type as Y.AbstractType<unknown>, out);
  }
  return out;
}

// `any`: a Y.Map<T> is not assignable to AbstractType<unknown>.
function recordClientIds(root: Y.Map<any>, id: string): Set<number> {
  const out = new Set<number>();
  for (let it: Y.Item | null = root._map.get(id) ?? null; it !== null; it = it.left) out.add(it.id.client);
  const record = root.get(id);
  if (record instanceof Y.Map) clientIdsUnder(record, out);
  return out;
}

async function storedDoc(workshopId: string): Promise<Y.Doc> {
  const { doc } = await loadWorkshop(workshopPaths(joinPath(host.dataDir, WORKSHOPS_FOLDER), workshopId));
  return doc;
}

test('two laptops map, theme, find duplicates, write privately and reveal', async () => {
  const title = 'Mapping together';
  const { page: a, url, id } = await createWorkshop(laptopA, title);
  const b = await openOn(laptopB, url, title);

  await addNote(a, 'Food vouchers need a senior manager to sign them off');
  await addNote(b, 'Senior manager sign-off needed for food vouchers');
  await addNote(a, 'Mileage claims are on paper forms');
  for (const page of [a, b]) await expect(page.locator('[data-note-id]')).toHaveCount(3);

  // Fields: the note just added is selected; its details are right under the capture box.
  await a.getByLabel('Category', { exact: true }).selectOption({ label: 'Forms' });
  await a.getByLabel('Minutes lost per week, per worker').fill('half an hour');
  await a.getByLabel('Minutes lost per week, per worker').press('Enter');
  await expect(a.getByText('Enter the minutes as a number, for example 30')).toBeVisible();
  await a.getByLabel('Minutes lost per week, per worker').fill('45');
  await a.getByLabel('Minutes lost per week, per worker').press('Enter');
  await a.getByLabel('Scope of control').selectOption({ label: 'Our service' });
  await expect(onBoard(b, 'Mileage claims').getByText('Forms', { exact: true })).toBeVisible();
  // 45 minutes x a team of 8 = 6 hours a week, in words, on the other laptop.
  await expect(b.locator('.totals-summary')).toContainText('6 hours a week');

  // Theming in the list: tick two notes, press G; the other laptop sees the theme.
  await showList(a);
  await showList(b);
  await a.getByRole('checkbox', { name: /Food vouchers need a senior manager/ }).check();
  await a.getByRole('checkbox', { name: /Senior manager sign-off needed/ }).check();
  await a.keyboard.press('g');
  await expect(b.getByRole('heading', { name: /^Food/, level: 3 })).toBeVisible();
  await b.getByLabel(/^Theme name of Food/).fill('Sign-off for small things');
  await b.getByRole('button', { name: /Rename theme/ }).click();
  await expect(a.getByRole('heading', { name: /^Sign-off for small things/, level: 3 })).toBeVisible();
  // A second theme, then merge it into the first: one step.
  await a.getByRole('checkbox', { name: /Food vouchers need/ }).uncheck();
  await a.getByRole('checkbox', { name: /Senior manager sign-off/ }).uncheck();
  await a.getByRole('checkbox', { name: /Mileage claims/ }).check();
  await a.getByRole('button', { name: /Group selected into theme/ }).click();
  await expect(b.getByRole('heading', { name: /^Mileage/, level: 3 })).toBeVisible();
  await b.getByLabel('Merge Mileage into').selectOption({ label: 'Sign-off for small things' });
  await b.getByRole('button', { name: 'Merge theme Mileage' }).click();
  await expect(a.getByRole('heading', { name: /^Mileage/, level: 3 })).toHaveCount(0);
  await expect(a.getByRole('heading', { name: /^Sign-off for small things \(3 notes/, level: 3 })).toBeVisible();

  // Likely duplicates, confirmed with one action: the totals count the pair once.
  await b.getByRole('button', { name: 'Look for likely duplicates' }).click();
  await expect(b.getByText('Suggestion 1: 2 notes')).toBeVisible();
  await b.getByRole('button', { name: 'Mark as the same (suggestion 1)' }).click();
  await expect(a.locator('.totals-summary')).toContainText('1 note was marked the same as another and counted once');

  // Write privately: notes stay on each laptop until the facilitator reveals.
  await expectNoAxeViolations(a, 'the list view');
  await a.getByRole('button', { name: 'Start writing privately' }).click();
  await expect(b.getByText('Writing privately.')).toBeVisible();
  await expect(b.getByRole('button', { name: 'Reveal everyone’s notes' })).toHaveCount(0);
  await addNote(b, 'Court bundles are printed three times');
  await addNote(a, 'Panel papers are retyped into minutes');
  await expect(b.getByRole('heading', { name: /Your private notes \(1, only on this laptop\)/ })).toBeVisible();
  await b.reload();
  await expect(b.locator('.private-note', { hasText: 'Court bundles are printed three times' })).toBeVisible();
  // Give the room time to (wrongly) share it: neither laptop sees the other's private note.
  await a.waitForTimeout(1000);
  await expect(a.getByText('Court bundles are printed three times')).toHaveCount(0);
  await expect(b.getByText('Panel papers are retyped into minutes')).toHaveCount(0);
  await expect(a.locator('[data-list-note-id]')).toHaveCount(3);

  await a.getByRole('button', { name: 'Reveal everyone’s notes' }).click();
  for (const page of [a, b]) {
    await showList(page);
    await expect(inList(page, 'Court bundles are printed three times')).toBeVisible();
    await expect(inList(page, 'Panel papers are retyped into minutes')).toBeVisible();
    await expect(page.locator('[data-list-note-id]')).toHaveCount(5);
  }
  await expect(b.getByRole('heading', { name: /Your private notes/ })).toHaveCount(0);
  await b.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(onBoard(b, 'Court bundles are printed three times')).toBeVisible();
  await expectNoAxeViolations(b, 'the board after the reveal');

  // A named workshop keeps who wrote a note (the control for the anonymous test below).
  await expect.poll(async () => {
    const snapshot = readWorkshop(await storedDoc(id));
    const facilitator = Object.values(snapshot.participants).find((p) => p.displayName === 'Sam Facilitator');
    const note = Object.values(snapshot.blockers).find((bl) => bl.text === 'Panel papers are retyped into minutes');
    return Boolean(facilitator) && note?.authorId === facilitator?.id;
  }).toBe(true);
});

test('an anonymous workshop stores no author and no laptop identity next to any note', async () => {
  const title = 'Anonymous mapping';
  const { page: a, url, id } = await createWorkshop(laptopA, title);
  const b = await openOn(laptopB, url, title);
  // Before anonymity is switched on, B writes one named note: its clientID is B's laptop identity.
  await addNote(b, 'Written before the workshop went anonymous');
  await a.getByLabel(/Anonymous notes/).check();
  await expect(b.getByText('Anonymous:')).toBeVisible();

  await addNote(a, 'The duty rota is emailed as a spreadsheet');
  await addNote(b, 'Strategy meetings are booked by phone');
  await a.getByLabel('Category', { exact: true }).selectOption({ label: 'Meetings' });
  await a.getByRole('button', { name: 'Undo', exact: true }).click(); // an undo in anonymous mode must not name the laptop either
  await a.getByLabel('Scope of control').selectOption({ label: 'My team' });
  await a.getByRole('button', { name: 'Start writing privately' }).click();
  await addNote(b, 'Private and anonymous: taxi forms');
  await addNote(a, 'Private and anonymous: laptop logins');
  await a.getByRole('button', { name: 'Reveal everyone’s notes' }).click();
  for (const page of [a, b]) await expect(page.locator('[data-note-id]')).toHaveCount(5);
  await expect(a.getByText('Saved on the host')).toBeVisible();
  await expect(b.getByText('Saved on the host')).toBeVisible();

  // Read what the host saved for this workshop.
  let doc = await storedDoc(id);
  await expect.poll(async () => {
    doc = await storedDoc(id);
    return blockersMap(doc).size;
  }).toBe(5);
  const snapshot = readWorkshop(doc);
  const participants = Object.values(snapshot.participants);
  expect(participants.map((p) => p.displayName)).toContain('Sam Facilitator');
  const blockers = Object.values(snapshot.blockers);
  expect(blockers.map((bl) => bl.authorId)).toEqual([null, null, null, null, null]);
  const words = JSON.stringify(blockers);
  for (const p of participants) {
    expect(words).not.toContain(p.id);
    expect(words).not.toContain(p.displayName);
  }

  // Laptop identities: A's from the participant record it made, B's from its named note.
  const aClients = new Set(participants.flatMap((p) => [...recordClientIds(participantsMap(doc), p.id)]));
  const named = blockers.find((bl) => bl.text.startsWith('Written before'))!;
  const bClients = recordClientIds(blockersMap(doc), named.id);
  expect(aClients.size).toBeGreaterThan(0);
  const anonymous = blockers.filter((bl) => bl.id !== named.id);
  const seen = new Map<number, string>();
  for (const note of anonymous) {
    const clients = recordClientIds(blockersMap(doc), note.id);
    for (const client of clients) {
      expect(aClients.has(client), `note "${note.text}" carries laptop A's clientID`).toBe(false);
      expect(bClients.has(client), `note "${note.text}" carries laptop B's clientID`).toBe(false);
      // And no two anonymous notes share a clientID: one person's notes cannot be linked together.
      expect(seen.get(client) ?? note.id, `notes share clientID ${client}`).toBe(note.id);
      seen.set(client, note.id);
    }
  }
  expect(snapshot.blockers[anonymous.find((n) => n.text.startsWith('The duty rota'))!.id]).toMatchObject({ category: 'other', scope: 'my-team' });
});

test('the list view works by keyboard alone, and axe finds nothing in either view', async () => {
  const title = 'Keyboard list';
  const { page } = await createWorkshop(laptopB, title);
  const capture = page.getByLabel(CAPTURE);
  await capture.focus();
  await page.keyboard.type('Sign-off for taxis takes two days');
  await page.keyboard.press('Enter');
  // A paste of many lines offers one note per line; its first button has focus.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '- Sign-off for food vouchers takes a day\n\n- Panel papers take three hours\n');
    document.getElementById('capture-text')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('You pasted 2 lines.')).toBeVisible();
  await expectNoAxeViolations(page, 'the paste prompt');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-note-id]')).toHaveCount(3);
  await expect(capture).toBeFocused();
  await expectNoAxeViolations(page, 'the board view');

  // The new note's details are a few Tabs away: set its estimate without the mouse.
  await tabTo(page, page.getByLabel('Minutes lost per week, per worker'));
  await page.keyboard.type('90');
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('button', { name: 'List', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Blockers as a list \(3\)/ })).toBeVisible();
  await expect(inList(page, 'Panel papers')).toContainText('90 per worker');

  await tabTo(page, page.getByRole('checkbox', { name: /Sign-off for taxis/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /Sign-off for food vouchers/ }));
  await page.keyboard.press('Space');
  await page.keyboard.press('g');
  await expect(page.getByRole('heading', { name: /^Sign-off \(2 notes/, level: 3 })).toBeVisible();

  // Group by category with the keyboard; then edit and delete a note, and undo the delete.
  await tabTo(page, page.getByLabel('Group the list by'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { name: /^Other \(3 notes/, level: 3 })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Edit note: Panel papers take three hours' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Edit the note')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' every week');
  await page.keyboard.press('Enter');
  await expect(inList(page, 'Panel papers take three hours every week')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Delete note: Panel papers take three hours every week' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-list-note-id]')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-list-note-id]')).toHaveCount(3);
  await expectNoAxeViolations(page, 'the list view');
});
