import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readWorkshop } from '../../shared/doc/read';
import { decodeWorkshopFile } from '../../shared/file/workshop-file';
import { expectNoAxeViolations } from './helpers/axe';
import { startHost, type HostProcess } from './helpers/host-process';

// The .smallchanges workshop file in a browser (the app served by the host):
// Save downloads the file, Open reads it back as a new workshop, damaged
// files get a plain message. One host for the whole file.

let host: HostProcess;

test.beforeAll(async () => {
  host = await startHost();
});

test.afterAll(async () => {
  await host?.stop();
});

const NOTES = ['Re-keying the same referral into three systems', 'Waiting a week for a pool car — “again”'];

async function createWorkshop(page: Page, title: string): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Workshop name').fill(title);
  await page.getByLabel('Local authority').fill('Northshire County Council');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

async function saveToFile(page: Page, dir: string): Promise<{ path: string; name: string; bytes: Uint8Array }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to a file' }).click();
  const download = await downloading;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await expect(page.getByText(`Saved to ${download.suggestedFilename()} at`)).toBeVisible();
  return { path, name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.goto(host.url);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a workshop file…' }).click();
  await (await choosing).setFiles(path);
}

test('a workshop saved to a file opens again, losslessly, as a new workshop', async ({ page }, testInfo) => {
  await createWorkshop(page, 'Session 1: what gets in the way');
  const capture = page.getByLabel('What gets in the way of time with children and families?');
  for (const text of NOTES) {
    await capture.fill(text);
    await capture.press('Enter');
  }
  await expect(page.locator('[data-note-id]')).toHaveCount(NOTES.length);
  const originalUrl = page.url();

  const saved = await saveToFile(page, testInfo.outputDir);
  expect(saved.name).toBe('Session 1 what gets in the way.smallchanges');
  const original = decodeWorkshopFile(saved.bytes);
  expect(original.header.title).toBe('Session 1: what gets in the way');
  expect(Object.values(readWorkshop(original.doc).blockers).map((b) => b.text).sort()).toEqual([...NOTES].sort());

  await openFile(page, saved.path);
  await expect(page.getByRole('heading', { name: 'Session 1: what gets in the way', level: 1 })).toBeVisible();
  expect(page.url()).not.toBe(originalUrl);
  for (const text of NOTES) await expect(page.getByText(text, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'a workshop opened from a file');

  // Saving the opened copy gives back the same workshop, under its new id.
  const again = decodeWorkshopFile((await saveToFile(page, join(testInfo.outputDir, 'again'))).bytes);
  expect(again.header.workshopId).not.toBe(original.header.workshopId);
  expect(readWorkshop(again.doc)).toEqual(readWorkshop(original.doc));

  // The host has both, apart.
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'Session 1: what gets in the way' })).toHaveCount(2);
});

test('a damaged, empty or foreign file gets a clear message and creates nothing', async ({ page }, testInfo) => {
  await createWorkshop(page, 'Session 2');
  const { bytes } = await saveToFile(page, testInfo.outputDir);
  const cut = join(testInfo.outputDir, 'Cut short.smallchanges');
  await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const empty = join(testInfo.outputDir, 'Empty.smallchanges');
  await writeFile(empty, '');
  const foreign = join(testInfo.outputDir, 'Photo.smallchanges');
  await writeFile(foreign, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));

  await page.goto(host.url);
  // Count only once the list has loaded: this test's own workshop is in it.
  await expect(page.getByRole('link', { name: 'Session 2' })).toBeVisible();
  const before = await page.locator('.recent-list li').count();
  for (const [path, message] of [
    [cut, '“Cut short.smallchanges” could not be opened. This file is incomplete — it may have been cut short while copying.'],
    [empty, '“Empty.smallchanges” could not be opened. This file is empty: there is no workshop in it.'],
    [foreign, '“Photo.smallchanges” could not be opened. This file is not a Small Changes workshop.'],
  ] as const) {
    await openFile(page, path);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page).toHaveURL(`${host.url}/`);
  }
  await expectNoAxeViolations(page, 'home with a file error');
  await page.reload();
  await expect(page.locator('.recent-list li')).toHaveCount(before);
});

test('settings are kept, and checked at the field', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByLabel('Your name').fill('x'.repeat(81));
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your name must be 80 characters or fewer')).toBeVisible();
  await expect(page.getByLabel('Your name')).toBeFocused();

  await page.getByLabel('Your name').fill('Sam Okafor');
  await page.getByLabel('Leader').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your settings are saved.')).toBeVisible();
  await expectNoAxeViolations(page, 'settings');

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Okafor');
  await expect(page.getByLabel('Leader')).toBeChecked();

  await page.getByRole('button', { name: 'About Small Changes Studio and its version' }).click();
  const about = page.getByRole('dialog', { name: 'About Small Changes Studio' });
  await expect(about.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
});
