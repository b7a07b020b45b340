import { describe, expect, it } from 'vitest';
import { exportWorkshop } from '../../test/bench/export-workshop';
import { readWorkshop } from '../doc/read';
import { exportModel } from './model';
import { escapeMarkdown, toMarkdown } from './markdown';

describe('Markdown', () => {
  const doc = exportWorkshop({ changes: 2 });
  const model = exportModel(readWorkshop(doc), doc);
  const md = toMarkdown(model);

  it('holds every part as a level-2 heading, in order, after the title and contents', () => {
    const headings = md.split('\n').filter((l) => /^## /.test(l)).map((l) => l.slice(3));
    expect(headings).toEqual(['Contents', ...model.parts.map((p) => p.title)]);
    expect(md.startsWith('# Time with families\n')).toBe(true);
  });

  it('keeps bold, links, lists and tables', () => {
    expect(md).toContain('**start small** and read [the 2019 blueprint](<https://example.org/blueprint>).');
    expect(md).toContain('- Families first');
    expect(md).toContain('| Decision | Family Facing Teams | Referral Team | Enabler Team | Insight Team | Strategy Team |');
    expect(md).toMatch(/\| Rank \| Item \| Dots \|\n\| --- \| --- \| --- \|/);
  });

  it('escapes what people typed so it cannot become formatting or break a table', () => {
    expect(escapeMarkdown('# not | a *heading*')).toBe('\\# not \\| a \\*heading\\*');
    expect(escapeMarkdown('- not a list, (fine).')).toBe('\\- not a list, (fine).');
    expect(escapeMarkdown('1. not a list either')).toBe('1\\. not a list either');
    expect(escapeMarkdown('<script> [link](x)')).toBe('\\<script\\> \\[link\\](x)');
  });
});
