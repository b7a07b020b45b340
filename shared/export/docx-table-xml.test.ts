import { describe, expect, it } from 'vitest';
import { escapeXml, spliceTables, tableMarker, tableXml } from './docx-table-xml';
import type { Table } from './model-types';

const table: Table = { caption: 'Dots & "ties"', head: ['Item', 'Dots'], rows: [['<b>bold?</b> & \u0001bell', '3'], ['ragged']], rowHeaders: true };

describe('Word tables as XML', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" \u0001\u000B')).toBe('a &lt; b &amp; &quot;c&quot; ');
    expect(tableXml(table)).toContain('&lt;b&gt;bold?&lt;/b&gt; &amp; bell');
  });

  it('marks the header row to repeat, names the caption, and pads ragged rows', () => {
    const xml = tableXml(table);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain('<w:tblCaption w:val="Dots &amp; &quot;ties&quot;"/>');
    expect(xml.match(/<w:tr>/g)).toHaveLength(3);
    expect(xml.match(/<w:tc>/g)).toHaveLength(6);
  });

  it('puts each table where its marker paragraph stood, in order', () => {
    const doc = `<w:body><w:p><w:r><w:t>before</w:t></w:r></w:p><w:p><w:r><w:t>${tableMarker(0)}</w:t></w:r></w:p><w:p/><w:p w:rsidR="1"><w:r><w:t>${tableMarker(1)}</w:t></w:r></w:p></w:body>`;
    const out = spliceTables(doc, [table, { ...table, caption: 'second' }]);
    expect(out).not.toContain('SCS-TABLE');
    expect(out.indexOf('before')).toBeLessThan(out.indexOf('<w:tbl>'));
    expect(out.indexOf('Dots &amp;')).toBeLessThan(out.indexOf('second'));
    expect(out.endsWith('</w:tbl></w:body>')).toBe(true);
  });

  it('refuses to leave a table out silently', () => {
    expect(() => spliceTables('<w:body/>', [table])).toThrow('lost table 1');
  });
});
