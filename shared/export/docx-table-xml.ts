// Tables for the Word export, written as WordprocessingML directly. The docx
// library builds everything else; a table of 2,000 blockers would be some
// 50,000 of its objects and take seconds to serialise, so tables are spliced
// in as text after it has packed the document (see docx.ts). The markup is
// the same the library writes: full-width, single borders, a repeating
// header row (w:tblHeader), the TableHead/TableText paragraph styles.
import type { Table } from './model-types.js';

/** The page's text width in twentieths of a point (A4 with Word's default margins, as the library sets). */
const TEXT_WIDTH = 9025;

/** Characters XML 1.0 cannot hold at all; people paste them by accident. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraphXml(text: string, style: 'TableHead' | 'TableText'): string {
  const runs = text.split(/\r?\n/).map((line, i) => `${i > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`);
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs.join('')}</w:p>`;
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('');

export function tableXml(table: Table): string {
  const columns = Math.max(1, table.head.length);
  const width = Math.floor(TEXT_WIDTH / columns);
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('');
  const head = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.head.map((h) => `<w:tc>${paragraphXml(h, 'TableHead')}</w:tc>`).join('')}</w:tr>`;
  const rows = table.rows.map((row) => {
    // Every row has as many cells as the header, so Word never sees a ragged table.
    const cells = Array.from({ length: columns }, (_, i) => row[i] ?? '');
    return `<w:tr>${cells.map((text, i) => `<w:tc>${paragraphXml(text, table.rowHeaders && i === 0 ? 'TableHead' : 'TableText')}</w:tc>`).join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${BORDERS}</w:tblBorders>`
    + `<w:tblCaption w:val="${escapeXml(table.caption)}"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${head}${rows.join('')}</w:tbl>`;
}

/** The text of the paragraph that stands where table `index` goes until it is spliced in. */
export const tableMarker = (index: number): string => `SCS-TABLE-${index}-END`;

/**
 * Replaces each marker paragraph in document.xml with its table. Throws if a
 * marker is missing (never leaves a document with a table silently gone).
 */
export function spliceTables(documentXml: string, tables: readonly Table[]): string {
  const pieces: string[] = [];
  let at = 0;
  tables.forEach((table, index) => {
    const marker = documentXml.indexOf(tableMarker(index), at);
    if (marker < 0) throw new Error(`The Word export lost table ${index + 1} while building; nothing was saved.`);
    const start = Math.max(documentXml.lastIndexOf('<w:p>', marker), documentXml.lastIndexOf('<w:p ', marker));
    const end = documentXml.indexOf('</w:p>', marker) + '</w:p>'.length;
    pieces.push(documentXml.slice(at, start), tableXml(table));
    at = end;
  });
  pieces.push(documentXml.slice(at));
  return pieces.join('');
}
