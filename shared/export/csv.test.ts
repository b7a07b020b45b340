import { describe, expect, it } from 'vitest';
import { exportWorkshop } from '../../test/bench/export-workshop';
import { readWorkshop } from '../doc/read';
import { tallyRound } from '../vote/index';
import { blockersCsv, csvCell, ideasCsv, toCsv, votesCsv } from './csv';

/** A small RFC 4180 reader, to check what Excel would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(parseCsv(toCsv(['a'], [['=1+1']]).slice(1))[1]).toEqual(["'=1+1"]);
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const text = toCsv(['Name'], [['Zoë']]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toBe('\uFEFFName\r\nZoë\r\n');
  });

  it('writes every blocker, idea and revealed vote, readable back cell for cell', () => {
    const doc = exportWorkshop();
    const workshop = readWorkshop(doc);
    const blockers = parseCsv(blockersCsv(workshop).slice(1));
    expect(blockers[0]).toEqual(['Blocker', 'Category', 'Scope of control', 'Who it affects', 'How often', 'Minutes a week per worker', 'Evidence', 'Theme']);
    expect(blockers).toHaveLength(13);
    expect(blockers.some((r) => r[0] === "'=Panel papers repeat the assessment, word for word (6)")).toBe(true);
    expect(blockers.some((r) => r[0] === 'Supervision gets cancelled for "urgent" panel meetings (7)')).toBe(true);
    expect(parseCsv(ideasCsv(workshop).slice(1))).toHaveLength(5);
    const votes = parseCsv(votesCsv(workshop, (id) => tallyRound(doc, id)).slice(1));
    expect(votes[0]).toEqual(['Round', 'Rank', 'Item', 'Dots']);
    expect(votes.slice(1).reduce((n, r) => n + Number(r[3]), 0)).toBe(12);
  });

  it('adds the author column only when the workshop shows names', () => {
    const shown = parseCsv(blockersCsv(readWorkshop(exportWorkshop({ namesInExports: true }))).slice(1));
    expect(shown[0]).toContain('Written by');
    expect(shown.slice(1).some((r) => r.at(-1) === 'Practitioner 1')).toBe(true);
  });
});
