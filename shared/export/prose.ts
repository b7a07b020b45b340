// A blueprint section's prose (the editor's Y.XmlFragment) as plain export
// blocks: headings, paragraphs, lists, bold, italic and links. Anything the
// editor might hold that an export has no place for (an unknown node) keeps
// its words as a paragraph, so no one's text is dropped.
import * as Y from 'yjs';
import type { Block, Inline, ListItem } from './model-types.js';

/** Only links people can follow safely from a document. */
function safeHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return /^(https?:|mailto:)/i.test(raw.trim()) ? raw.trim() : undefined;
}

function inlinesOfText(text: Y.XmlText): Inline[] {
  const out: Inline[] = [];
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const attrs = op.attributes ?? {};
    const link = attrs['link'] as { href?: unknown } | undefined;
    const href = safeHref(link?.href);
    out.push({
      text: op.insert,
      ...(attrs['bold'] !== undefined ? { bold: true } : {}),
      ...(attrs['italic'] !== undefined ? { italic: true } : {}),
      ...(href ? { href } : {}),
    });
  }
  return out;
}

/** The inline content of a paragraph or heading; a hard break becomes a newline. */
function inlinesOf(node: Y.XmlElement): Inline[] {
  const out: Inline[] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(...inlinesOfText(child));
    else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') out.push({ text: '\n' });
    else if (child instanceof Y.XmlElement) out.push(...inlinesOf(child));
  }
  return out;
}

function plainText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  return node.toArray().map((c) => (c instanceof Y.XmlElement || c instanceof Y.XmlText ? plainText(c) : '')).join('');
}

function hasWords(inlines: readonly Inline[]): boolean {
  return inlines.some((i) => i.text.trim() !== '');
}

/** Items of a list, with nested lists flattened to deeper levels. */
function listItems(list: Y.XmlElement, level: number, items: ListItem[]): void {
  for (const item of list.toArray()) {
    if (!(item instanceof Y.XmlElement)) continue;
    for (const part of item.toArray()) {
      if (!(part instanceof Y.XmlElement)) continue;
      if (part.nodeName === 'bulletList' || part.nodeName === 'orderedList') listItems(part, level + 1, items);
      else {
        const inlines = inlinesOf(part);
        if (hasWords(inlines)) items.push({ level, inlines });
      }
    }
  }
}

/**
 * Section prose as blocks. The editor's headings are levels 4 and 5 (inside a
 * section); here they become 2 and 3 under the section's own level-1 title,
 * never skipping a level.
 */
export function proseBlocks(fragment: Y.XmlFragment | null | undefined): Block[] {
  if (!fragment) return [];
  const blocks: Block[] = [];
  let lastHeading = 1;
  const visit = (node: Y.XmlElement): void => {
    switch (node.nodeName) {
      case 'heading': {
        const text = plainText(node).trim();
        if (!text) return;
        const asked = Number(node.getAttribute('level')) >= 5 ? 3 : 2;
        const level = (Math.min(asked, lastHeading + 1) as 2 | 3);
        lastHeading = level;
        blocks.push({ kind: 'heading', level, text });
        return;
      }
      case 'bulletList':
      case 'orderedList': {
        const items: ListItem[] = [];
        listItems(node, 0, items);
        if (items.length > 0) blocks.push({ kind: 'list', ordered: node.nodeName === 'orderedList', items });
        return;
      }
      case 'blockquote':
        for (const child of node.toArray()) if (child instanceof Y.XmlElement) visit(child);
        return;
      default: {
        const inlines = inlinesOf(node);
        if (hasWords(inlines)) blocks.push({ kind: 'paragraph', inlines });
      }
    }
  };
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement) visit(child);
    else if (child instanceof Y.XmlText) {
      const inlines = inlinesOfText(child);
      if (hasWords(inlines)) blocks.push({ kind: 'paragraph', inlines });
    }
  }
  return blocks;
}
