// Reads the Word export back with independent parsers: mammoth (as an HTML
// reader) for headings, tables and their order, and the raw XML for the
// accessibility settings mammoth does not report.
import { unzipSync, unzlibSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkshop } from '../../shared/doc/read';
import { buildDocx } from '../../shared/export/docx';
import { exportModel, type ExportModel } from '../../shared/export/model';
import { chartPng } from '../../shared/export/chart';
import { exportWorkshop } from '../bench/export-workshop';

let model: ExportModel;
let bytes: Uint8Array;
let html: string;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  const doc = exportWorkshop({ changes: 3 });
  model = exportModel(readWorkshop(doc), doc);
  bytes = await buildDocx(model);
  html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  files = unzipSync(bytes);
}, 60_000);

const textOf = (fragment: string): string => fragment.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').trim();

describe('Word export read back', () => {
  it('has every part as a Heading 1, in the model\'s order, with Heading 2 under them', () => {
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => textOf(m[1]!));
    expect(h1).toEqual(model.parts.map((p) => p.title));
    const order = [...html.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => `${m[1]}:${textOf(m[2]!)}`);
    expect(order).toContain('2:Blockers by category');
    expect(order.indexOf('2:Blockers by category')).toBeGreaterThan(order.indexOf('1:Evidence: what gets in the way'));
    expect(order.indexOf('2:Blockers by category')).toBeLessThan(order.indexOf('1:Chosen small changes'));
  });

  it('has the cover first: title, authority, date and how many took part', () => {
    const start = textOf(html.slice(0, html.indexOf('<h1>')));
    for (const words of ['Time with families', 'Local blueprint', 'Anyshire County Council', '4 March 2026', '6 people took part', 'Contents']) {
      expect(start).toContain(words);
    }
  });

  it('has a contents field listing every part, linked, before the first heading', () => {
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    const contents = html.slice(0, html.indexOf('<h1>'));
    for (const part of model.parts) expect(contents).toMatch(new RegExp(`<a href="#_Toc\\d+">${part.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('has the tables in order, each with a header row', () => {
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/gs)].map((m) => m[1]!);
    const expected = model.parts.flatMap((p) => p.blocks).filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(expected.length);
    tables.forEach((table, i) => {
      const wanted = expected[i]!;
      if (wanted.kind !== 'table') return;
      const firstRow = /<tr>(.*?)<\/tr>/s.exec(table)![1]!;
      const cells = [...firstRow.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map((m) => textOf(m[1]!));
      expect(cells).toEqual(wanted.table.head);
      expect((table.match(/<tr>/g) ?? []).length).toBe(wanted.table.rows.length + 1);
    });
    const xml = strFromU8(files['word/document.xml']!);
    expect((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/g) ?? []).length).toBe(expected.length);
  });

  it('keeps bold and links from the prose', () => {
    expect(html).toContain('<strong>start small</strong>');
    expect(html).toContain('<a href="https://example.org/blueprint">the 2019 blueprint</a>');
  });

  it('sets the document title and language, and gives the chart alt text', () => {
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Time with families: local blueprint</dc:title>');
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    const xml = strFromU8(files['word/document.xml']!);
    const chart = model.parts.flatMap((p) => p.blocks).find((b) => b.kind === 'chart');
    expect(chart?.kind).toBe('chart');
    if (chart?.kind === 'chart') expect(xml).toContain(`descr="${chart.chart.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    expect(Object.keys(files).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);
  });

  it('draws a chart PNG whose pixels decompress to the size its header gives', () => {
    const chart = { id: 'c', title: 't', alt: 'a', bars: [{ label: 'x', value: 2 }, { label: 'y', value: 1 }] };
    const png = chartPng(chart);
    const view = new DataView(png.buffer, png.byteOffset);
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    const idatLength = view.getUint32(33);
    const pixels = unzlibSync(png.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(height * (1 + width * 3));
  });
});
