import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkshop } from '../../test/bench/export-workshop';
import { readWorkshop } from '../doc/read';
import { deleteSection } from '../doc/ops/index';
import { exportModel } from './model';
import type { Block, ExportModel } from './model-types';

const modelOf = (doc: Y.Doc): ExportModel => exportModel(readWorkshop(doc), doc);
const allText = (m: ExportModel): string => JSON.stringify(m);
const tables = (m: ExportModel): string[] =>
  m.parts.flatMap((p) => p.blocks).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => b.table.caption);

describe('exportModel', () => {
  it('orders the blueprint sections, then the vote results and the appendices, with a contents entry for each', () => {
    const m = modelOf(exportWorkshop({ changes: 3 }));
    const titles = m.parts.map((p) => p.title);
    expect(titles.slice(0, 3)).toEqual(['Vision and values', 'Evidence: what gets in the way', 'Chosen small changes']);
    expect(titles.slice(-3)).toEqual(['Vote results', 'Appendix A: all blockers', 'Appendix B: all small change ideas']);
    expect(m.contents.map((c) => c.title)).toEqual(titles);
    expect(new Set(m.parts.map((p) => p.id)).size).toBe(m.parts.length);
    expect(m.language).toBe('en-GB');
    expect(m.cover).toMatchObject({ title: 'Time with families', localAuthority: 'Anyshire County Council', date: '4 March 2026', tookPart: '6 people took part' });
  });

  it('holds every table a director needs', () => {
    const captions = tables(modelOf(exportWorkshop({ changes: 3 })));
    for (const wanted of [
      'Blockers and hours lost by category', 'Blockers and hours lost by who can change them', 'Chosen small changes: owners, dates and measures',
      'Decision rights', 'Support teams', 'The impact model: before and after', 'The figures the impact model starts from', 'Results of',
      'All 12 blockers', 'All 4 small change ideas',
    ]) expect(captions.some((c) => c.startsWith(wanted)), wanted).toBe(true);
  });

  it('turns section prose into headings, paragraphs with bold and links, and lists', () => {
    const vision = modelOf(exportWorkshop()).parts[0]!;
    expect(vision.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Why vision and values' });
    expect(vision.blocks[1]).toEqual({
      kind: 'paragraph',
      inlines: [
        { text: 'Vision and values: we will ' }, { text: 'start small', bold: true }, { text: ' and read ' },
        { text: 'the 2019 blueprint', href: 'https://example.org/blueprint' }, { text: '.' },
      ],
    });
    expect(vision.blocks[2]).toMatchObject({ kind: 'list', ordered: false, items: [{ level: 0 }, { level: 0 }] });
  });

  it('computes the impact model before and after from the stored inputs', () => {
    const impact = modelOf(exportWorkshop({ changes: 2 })).parts.find((p) => p.id === 'section-impact')!;
    const table = impact.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.table.rows[0]).toEqual(['Time with children and families', '16.0%', '25.0%', '+56%']);
  });

  it('shows no names unless the workshop chose to, and never for anonymous notes', () => {
    const hidden = modelOf(exportWorkshop());
    expect(hidden.cover.names).toBeNull();
    expect(allText(hidden)).not.toContain('Practitioner 1');
    expect(allText(hidden)).not.toContain('Written by');

    const shown = modelOf(exportWorkshop({ namesInExports: true }));
    expect(shown.cover.names).toContain('Practitioner 1');
    expect(allText(shown)).toContain('Written by');

    const anonymous = modelOf(exportWorkshop({ namesInExports: true, anonymous: true }));
    expect(anonymous.cover.names).toBeNull();
    expect(allText(anonymous)).not.toContain('Written by');
  });

  it('keeps a structured part whose section was deleted, under its own name, and leaves the deleted section out', () => {
    const doc = exportWorkshop();
    const decisions = Object.values(readWorkshop(doc).sections).find((s) => s.kind === 'decision-rights')!;
    deleteSection(doc, decisions.id);
    const m = modelOf(doc);
    expect(m.parts.filter((p) => p.title === 'Decision rights')).toHaveLength(1);
    expect(m.parts.findIndex((p) => p.title === 'Decision rights')).toBeGreaterThan(m.parts.findIndex((p) => p.title === 'Risks and critiques'));
  });

  it('says plainly what is missing in an empty workshop instead of leaving blanks', () => {
    const doc = new Y.Doc();
    const m = exportModel(readWorkshop(doc));
    expect(m.cover.title).toBe('Untitled workshop');
    expect(m.cover.tookPart).toBe('0 people took part');
    expect(m.parts.map((p) => p.title)).toEqual(['Vote results', 'Appendix A: all blockers', 'Appendix B: all small change ideas']);
    for (const part of m.parts) expect(part.blocks.length).toBeGreaterThan(0);
  });

  it('gives the same model for the same document (every laptop exports the same blueprint)', () => {
    const doc = exportWorkshop({ changes: 2 });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(modelOf(copy)).toEqual(modelOf(doc));
  });
});
