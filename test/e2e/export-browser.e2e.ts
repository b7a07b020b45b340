import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { readWorkshop } from '../../shared/doc/read';
import { exportModel } from '../../shared/export/model';
import { decodeWorkshopFile } from '../../shared/file/workshop-file';
import { seedExportWorkshop } from '../bench/export-seed';
import { expectNoAxeViolations } from './helpers/axe';
import { freshDataDir, startHost, type HostProcess } from './helpers/host-process';

// Export from a browser served by `npm run host`: every button downloads its
// file, and the print view prints (page.pdf) to a PDF holding every section.
const WORKSHOP = 'workshop:export-e2e';
let host: HostProcess;
let browser: Browser;
let page: Page;
let partTitles: string[];
const out = mkdtempSync(join(tmpdir(), 'scs-export-'));

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  const dataDir = freshDataDir();
  const doc = await seedExportWorkshop(dataDir, WORKSHOP, { changes: 3 });
  partTitles = exportModel(readWorkshop(doc), doc).parts.map((p) => p.title);
  host = await startHost({ dataDir });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(`${host.url}/#/workshop/${encodeURIComponent(WORKSHOP)}/export`);
  await expect(page.getByRole('heading', { name: 'Export', level: 2 })).toBeVisible({ timeout: 30_000 });
});

test.afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
  const path = join(out, file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: `Saved “${file.suggestedFilename()}”` })).toBeVisible();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('the export screen passes axe and says whether names are shown', async () => {
  await expect(page.getByText('Exports show no one\'s name.')).toBeVisible();
  await expectNoAxeViolations(page, 'export screen');
});

test('Word downloads a document whose headings follow the blueprint', async () => {
  const { name, bytes } = await download('Word document');
  expect(name).toBe('Time with families - blueprint.docx');
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));
  expect(h1).toEqual(partTitles);
  expect(html).toContain('<table>');
});

test('CSV and Markdown download with what a spreadsheet and a reader need', async () => {
  const blockers = await download('Blockers (CSV)');
  expect([...blockers.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(blockers.bytes.toString('utf8')).toContain("'=Panel papers");
  const votes = await download('Votes (CSV)');
  expect(votes.bytes.toString('utf8')).toContain('Round,Rank,Item,Dots');
  const ideas = await download('Ideas (CSV)');
  expect(ideas.bytes.toString('utf8')).toContain('Let team leads sign vouchers');
  const md = await download('Markdown');
  for (const title of partTitles) expect(md.bytes.toString('utf8')).toContain(`\n## ${title}\n`);
});

test('the workshop file downloads and opens again as the same workshop', async () => {
  const file = await download('Workshop file');
  expect(file.name.endsWith('.smallchanges')).toBe(true);
  const decoded = decodeWorkshopFile(new Uint8Array(file.bytes));
  expect(decoded.header.title).toBe('Time with families');
  expect(Object.keys(readWorkshop(decoded.doc).blockers)).toHaveLength(12);
});

test('the print view passes axe and prints to a PDF holding every section', async () => {
  await page.getByRole('link', { name: 'Open the print view' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expectNoAxeViolations(page, 'print view');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
  const path = join(out, 'blueprint.pdf');
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const title of ['Time with families', 'Local blueprint', 'Contents', ...partTitles]) expect(text).toContain(title);
  // The app's own header and buttons stay off the paper.
  expect(text).not.toContain('Print or save as PDF');
  expect(text).not.toContain('Skip to main content');
});

test('names appear in exports only once the workshop chooses to show them', async () => {
  await page.goto(`${host.url}/#/workshop/${encodeURIComponent(WORKSHOP)}/export`);
  const before = await download('Blockers (CSV)');
  expect(before.bytes.toString('utf8')).not.toContain('Written by');
  await page.getByLabel('Show people\'s names in exports').check();
  await expect(page.getByText('This workshop chose to show names in exports.')).toBeVisible();
  const after = await download('Blockers (CSV)');
  expect(after.bytes.toString('utf8')).toContain('Written by');
  expect(after.bytes.toString('utf8')).toContain('Practitioner 1');
});
