// CSV for Excel: UTF-8 with a byte-order mark (so Excel reads accents and
// curly quotes right), CRLF lines, RFC 4180 quoting, and cells that start
// like a formula (= + - @, tab or CR) prefixed with a quote so a spreadsheet
// never runs them.
import type { WorkshopSnapshot } from '../doc/types.js';
import type { Tally } from '../vote/index.js';
import { rankDots, rankLabel } from '../vote/index.js';
import { blockerRows, ideasInOrder } from './appendix-blocks.js';
import { scopeLabel } from './blueprint-blocks.js';
import { EFFORTS } from '../doc/seeded-lists.js';
import { showsNames } from './model.js';
import { ballotItemLabel, revealedResults } from './vote-blocks.js';

export const CSV_MIME = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

/** One cell, made safe from formula injection and quoted when it must be. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: header row then rows, with the byte-order mark. */
export function toCsv(head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + [head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function blockersCsv(workshop: WorkshopSnapshot): string {
  const names = showsNames(workshop);
  return toCsv(
    ['Blocker', 'Category', 'Scope of control', 'Who it affects', 'How often', 'Minutes a week per worker', 'Evidence', 'Theme', ...(names ? ['Written by'] : [])],
    blockerRows(workshop, names).map((r) => [
      r.blocker.text, r.category, r.scope, r.blocker.affects, r.frequency, r.blocker.minutesPerWeek, r.blocker.evidence, r.theme,
      ...(names ? [r.author] : []),
    ]),
  );
}

export function ideasCsv(workshop: WorkshopSnapshot): string {
  return toCsv(
    ['Idea', 'Scope of control', 'Effort', 'Blockers it answers', 'First step', 'Owner', 'Review date', 'Measure'],
    ideasInOrder(workshop).map((idea) => [
      idea.text, scopeLabel(idea.scope), EFFORTS.find((e) => e.id === idea.effort)?.label ?? '', idea.blockerIds.length,
      idea.firstStep, idea.owner, idea.reviewDate, idea.measure,
    ]),
  );
}

/** Votes per round: one row per item of each revealed round. */
export function votesCsv(workshop: WorkshopSnapshot, tallyOf: (roundId: string) => Tally | null): string {
  const rows: (string | number)[][] = [];
  for (const { round, tally } of revealedResults(workshop, tallyOf)) {
    for (const item of rankDots(tally.dots)) {
      rows.push([round.title, rankLabel(item), ballotItemLabel(workshop, item.itemId), item.dots]);
    }
  }
  return toCsv(['Round', 'Rank', 'Item', 'Dots'], rows);
}
