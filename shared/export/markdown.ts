// The whole blueprint as Markdown, from the same export model as Word and PDF.
import type { Block, ExportModel, Inline, Table } from './model-types.js';

export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

/**
 * Escapes what Markdown would read as formatting: emphasis, code, links,
 * HTML and table pipes anywhere; headings, list markers and rules at the
 * start of a line. Ordinary punctuation is left alone so the text reads well.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function inlineMd(inlines: readonly Inline[]): string {
  return inlines.map((i) => {
    let text = escapeMarkdown(i.text).replace(/\n/g, '  \n');
    if (i.bold) text = `**${text}**`;
    if (i.italic) text = `*${text}*`;
    if (i.href) text = `[${text}](<${i.href.replace(/[<>]/g, encodeURIComponent)}>)`;
    return text;
  }).join('');
}

const cellMd = (text: string): string => escapeMarkdown(text).replace(/\r?\n/g, '<br>');

function tableMd(table: Table): string {
  const head = `| ${table.head.map(cellMd).join(' | ')} |`;
  const rule = `| ${table.head.map(() => '---').join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${row.map(cellMd).join(' | ')} |`);
  return [`*${escapeMarkdown(table.caption)}*`, '', head, rule, ...rows].join('\n');
}

function blockMd(block: Block): string {
  switch (block.kind) {
    case 'heading': return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph': return inlineMd(block.inlines);
    case 'note': return `*${escapeMarkdown(block.text)}*`;
    case 'list': {
      const counters: number[] = [];
      return block.items.map((item) => {
        counters.length = item.level + 1;
        counters[item.level] = (counters[item.level] ?? 0) + 1;
        const marker = block.ordered ? `${counters[item.level]}.` : '-';
        return `${'   '.repeat(item.level)}${marker} ${inlineMd(item.inlines)}`;
      }).join('\n');
    }
    case 'table': return tableMd(block.table);
    // The chart's numbers are in the table just above; Markdown keeps its words.
    case 'chart': return `*${escapeMarkdown(block.chart.alt)}*`;
  }
}

export function toMarkdown(model: ExportModel): string {
  const { cover } = model;
  const lines = [
    `# ${escapeMarkdown(cover.title)}`,
    '',
    'Local blueprint',
    '',
    ...[cover.localAuthority, cover.date, cover.tookPart].filter(Boolean).map((l) => `${escapeMarkdown(l)}  `),
    ...(cover.names && cover.names.length > 0 ? [`Who took part: ${escapeMarkdown(cover.names.join(', '))}`] : []),
    '',
    '## Contents',
    '',
    ...model.contents.map((c, i) => `${i + 1}. [${escapeMarkdown(c.title)}](#${c.id})`),
  ];
  for (const part of model.parts) {
    lines.push('', `<a id="${part.id}"></a>`, '', `## ${escapeMarkdown(part.title)}`);
    for (const block of part.blocks) {
      // Inside a part, headings sit one level below the part's own.
      const shifted = block.kind === 'heading' ? { ...block, level: (block.level + 1) as 2 | 3 } : block;
      lines.push('', blockMd(shifted));
    }
  }
  return `${lines.join('\n')}\n`;
}
