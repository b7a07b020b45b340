// `npm run bench:export`: Word export time in Node for a big workshop (200
// tracked changes, 2,000 blockers), and the PDF time in headless Chromium
// (page.pdf on the print view served by a real host). Prints one JSON object
// on its last line. Not a timed test: the numbers are for people to read.
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { readWorkshop } from '../../shared/doc/read';
import { buildDocx } from '../../shared/export/docx';
import { exportModel } from '../../shared/export/model';
import { freshDataDir, startHost, type HostProcess } from '../e2e/helpers/host-process';
import { seedExportWorkshop } from './export-seed';

const CHANGES = 200;
const BLOCKERS = 2000;
const RUNS = 5;
const WORKSHOP = 'workshop:export-bench';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number): number => Math.round(n);

async function main(): Promise<void> {
  console.log(`machine: ${cpus().length} cores, load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const dataDir = freshDataDir();
  const doc = await seedExportWorkshop(dataDir, WORKSHOP, { changes: CHANGES, blockers: BLOCKERS, people: 20 });

  // Word: the whole path the app takes (model from the document, then the .docx bytes), after one warm-up.
  const docxTimes: number[] = [];
  const modelTimes: number[] = [];
  let docxBytes = 0;
  for (let i = 0; i <= RUNS; i += 1) {
    const start = performance.now();
    const model = exportModel(readWorkshop(doc), doc);
    const built = performance.now();
    const bytes = await buildDocx(model);
    const end = performance.now();
    if (i > 0) {
      docxTimes.push(end - start);
      modelTimes.push(built - start);
    }
    docxBytes = bytes.byteLength;
  }
  console.log(`docx: ${docxTimes.map(round).join(', ')} ms (model alone: ${modelTimes.map(round).join(', ')} ms)`);

  // PDF: Chromium prints the print view, as the app's hidden window and the e2e test do.
  let host: HostProcess | null = null;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const pdfTimes: number[] = [];
  let pages = 0;
  try {
    host = await startHost({ dataDir });
    const page = await browser.newPage();
    const loadStart = performance.now();
    await page.goto(`${host.url}/#/workshop/${encodeURIComponent(WORKSHOP)}/print`);
    await page.locator('[data-print-ready="true"]').waitFor({ timeout: 120_000 });
    console.log(`print view ready in ${round(performance.now() - loadStart)} ms`);
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
      pdfTimes.push(performance.now() - start);
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    console.log(`pdf: ${pdfTimes.map(round).join(', ')} ms, ${pages} pages`);
  } finally {
    await browser.close();
    await host?.stop();
  }
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(JSON.stringify({
    changes: CHANGES, blockers: BLOCKERS, docx_ms: round(median(docxTimes)), pdf_ms: round(median(pdfTimes)), docx_bytes: docxBytes,
  }));
}

await main();
