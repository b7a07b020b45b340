import { expect, test } from '@playwright/test';
import { startHost, type HostProcess } from './helpers/host-process';

let host: HostProcess;

test.beforeEach(async () => {
  host = await startHost();
});

test.afterEach(async () => {
  await host?.stop();
});

const BLOCKERS = [
  'The same referral details are typed into three systems',
  'Food vouchers need a senior manager to sign them off',
  'Review meetings are booked by email chains of twenty messages',
];

test('a workshop created in the browser survives a reload and a host restart', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Small Changes Studio', level: 1 })).toBeVisible();

  await page.getByLabel('Workshop name').fill('Session 1: what gets in the way');
  await page.getByLabel('Local authority').fill('Northshire County Council');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Session 1: what gets in the way' })).toBeVisible();

  const capture = page.getByLabel('What gets in the way of time with children and families?');
  for (const text of BLOCKERS) {
    await capture.fill(text);
    await capture.press('Enter');
  }
  await expect(page.locator('[data-note-id]')).toHaveCount(3);
  await expect(page.getByText('Saved on the host')).toBeVisible();
  const workshopUrl = page.url();

  await page.reload();
  await expect(page.locator('[data-note-id]')).toHaveCount(3);

  await host.stop();
  host = await startHost({ dataDir: host.dataDir, port: Number(new URL(host.url).port) });

  // A brand-new browser profile has no local copy: the board must come from the host's disk.
  const fresh = await browser.newContext();
  const second = await fresh.newPage();
  await second.goto(workshopUrl);
  await expect(second.getByRole('heading', { name: 'Session 1: what gets in the way' })).toBeVisible();
  for (const text of BLOCKERS) await expect(second.getByText(text, { exact: true })).toBeVisible();

  await second.goto(host.url);
  await expect(second.getByRole('link', { name: 'Session 1: what gets in the way' })).toBeVisible();
  await fresh.close();
});
