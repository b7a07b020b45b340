// The export model as a Word document, with the `docx` library (it runs in
// browsers and in Node; we only ask it for a Uint8Array); tables are spliced
// in afterwards as WordprocessingML (docx-table-xml.ts says why). Real Heading 1/2/3
// styles so Word's navigation pane works, header rows on every table, alt
// text on the chart, the document's title and language set.
import {
  AlignmentType, Bookmark, Document, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, Packer,
  PageBreak, Paragraph, TableOfContents, TextRun, type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chartHeight, chartPng, CHART_WIDTH } from './chart.js';
import { spliceTables, tableMarker } from './docx-table-xml.js';
import type { Block, Chart, ExportModel, ExportPart, Inline, Table } from './model-types.js';

export interface DocxOptions {
  /** Rendered PNGs of the charts, by chart id (the renderer draws them with their labels); missing ones are drawn plainly. */
  readonly chartImages?: ReadonlyMap<string, Uint8Array>;
}

const ORDERED = 'ordered-list';

/** Runs for inline text; a newline (the editor's hard break) becomes a line break. */
const runsOf = (inlines: readonly Inline[]): ParagraphChild[] =>
  inlines.map((i) => {
    const runs = i.text.split('\n').map((line, n) => new TextRun({
      text: line,
      ...(n > 0 ? { break: 1 } : {}),
      bold: i.bold,
      italics: i.italic,
      ...(i.href ? { style: 'Hyperlink' } : {}),
    }));
    return i.href ? new ExternalHyperlink({ link: i.href, children: runs }) : runs;
  }).flat();

/** A table: its caption, then a marker paragraph that buildDocx replaces with the table itself. */
function tableOf(table: Table, tables: Table[]): Paragraph[] {
  tables.push(table);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, text: table.caption }),
    new Paragraph({ text: tableMarker(tables.length - 1) }),
    new Paragraph({ children: [] }),
  ];
}

function chartOf(chart: Chart, images: ReadonlyMap<string, Uint8Array> | undefined): Paragraph {
  const height = chartHeight(chart);
  // Shown at most 600 px wide, keeping its proportions.
  const scale = Math.min(1, 600 / CHART_WIDTH);
  return new Paragraph({
    children: [new ImageRun({
      type: 'png',
      data: images?.get(chart.id) ?? chartPng(chart),
      transformation: { width: Math.round(CHART_WIDTH * scale), height: Math.round(height * scale) },
      altText: { name: chart.title, title: chart.title, description: chart.alt },
    })],
  });
}

const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockOf(block: Block, images: ReadonlyMap<string, Uint8Array> | undefined, tables: Table[]): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runsOf(block.inlines) })];
    case 'note':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true, color: '505A5F' })] })];
    case 'list':
      return block.items.map((item) => new Paragraph({
        children: runsOf(item.inlines),
        ...(block.ordered
          ? { numbering: { reference: ORDERED, level: Math.min(item.level, 2) } }
          : { bullet: { level: Math.min(item.level, 2) } }),
      }));
    case 'table':
      return tableOf(block.table, tables);
    case 'chart':
      return [chartOf(block.chart, images)];
  }
}

function partOf(part: ExportPart, images: ReadonlyMap<string, Uint8Array> | undefined, tables: Table[]): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: part.appendix,
      children: [new Bookmark({ id: bookmarkId(part.id), children: [new TextRun(part.title)] })],
    }),
    ...part.blocks.flatMap((b) => blockOf(b, images, tables)),
  ];
}

/** Word bookmark names: letters, digits and underscores, starting with a letter. */
const bookmarkId = (id: string): string => `p_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

function cover(model: ExportModel): Paragraph[] {
  const { cover: c } = model;
  const line = (text: string, size = 28) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text, size })] });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(c.title)] }),
    line('Local blueprint', 32),
    ...(c.localAuthority ? [line(c.localAuthority)] : []),
    ...(c.date ? [line(c.date)] : []),
    line(c.tookPart),
    ...(c.names && c.names.length > 0 ? [line(`Who took part: ${c.names.join(', ')}`, 24)] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * A Word contents field. The library writes its entries (linked to each
 * heading) into the file, so the contents show in every reader without
 * updating fields; Word adds page numbers on "Update table".
 */
function contents(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'ContentsTitle', children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The document without its tables, and the tables that go where its markers are. */
export function docxDocument(model: ExportModel, options: DocxOptions = {}): { document: Document; tables: Table[] } {
  const tables: Table[] = [];
  const body = model.parts.flatMap((p) => partOf(p, options.chartImages, tables));
  const document = new Document({
    title: `${model.cover.title}: local blueprint`,
    subject: model.cover.localAuthority || undefined,
    description: `The local blueprint from the workshop “${model.cover.title}”.`,
    creator: 'Small Changes Studio',
    // No update-fields-on-open: Word would greet a director with a question about links to other files.
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: model.language } } },
        heading1: { run: { size: 36, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { size: 28, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { size: 24, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        title: { run: { size: 56, bold: true, color: '0B0C0C' }, paragraph: { spacing: { after: 240 } } },
      },
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 20 }, paragraph: { spacing: { before: 120, after: 60 } } },
        // 9 pt, so eight columns fit a portrait page.
        { id: 'TableText', name: 'Table text', basedOn: 'Normal', next: 'Normal', run: { size: 18 }, paragraph: { spacing: { before: 20, after: 20 } } },
        { id: 'TableHead', name: 'Table heading', basedOn: 'TableText', next: 'TableText', run: { bold: true, size: 18 } },
        { id: 'ContentsTitle', name: 'Contents title', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 36 }, paragraph: { spacing: { after: 160 } } },
      ],
    },
    numbering: {
      config: [{
        reference: ORDERED,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
          text: `%${level + 1}.`,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      }],
    },
    sections: [{
      properties: {},
      children: [...cover(model), ...contents(), ...body],
    }],
  });
  return { document, tables };
}

/** The .docx file's bytes. */
export async function buildDocx(model: ExportModel, options: DocxOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { document, tables } = docxDocument(model, options);
  const packed = await Packer.pack(document, 'uint8array');
  const files = unzipSync(packed);
  const xml = files[DOCUMENT_XML];
  if (!xml) throw new Error('The Word export could not be built: its main part is missing. Nothing was saved.');
  files[DOCUMENT_XML] = strToU8(spliceTables(strFromU8(xml), tables));
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

const DOCUMENT_XML = 'word/document.xml';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
