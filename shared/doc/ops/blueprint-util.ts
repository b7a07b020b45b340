// Helpers the blueprint's ops share: placing a new row last, and writing a
// collaborative text field with the smallest change.
import * as Y from 'yjs';
import { capitalise, getRecord, setTextMinimal, textOf, transactLocal } from './util.js';
import { recordsOf, type RecordKind } from '../schema.js';
import { OpError } from './op-error.js';

/** An order value after every record of a kind (rows are read sorted by order, then id). */
export function orderAfterLast(doc: Y.Doc, kind: RecordKind): number {
  let last = 0;
  for (const map of recordsOf(doc, kind).values()) {
    const order = map instanceof Y.Map ? map.get('order') : undefined;
    if (typeof order === 'number' && Number.isFinite(order) && order > last) last = order;
  }
  return Math.floor(last) + 1;
}

/** Words someone typed that may be left empty (a purpose, a note); never longer than max. */
export function checkOptionalWords(what: string, value: unknown, max: number): string {
  if (typeof value !== 'string') throw new OpError(`The ${what} must be text.`);
  if (value.length > max) throw new OpError(`${capitalise(what)} is ${value.length} characters long; the limit is ${max}.`);
  return value;
}

export interface TextFieldRule {
  /** Plain-English name for messages. */
  readonly what: string;
  readonly max: number;
  /** May it be left empty? */
  readonly optional: boolean;
}

/**
 * Rewrites one Y.Text field of a record with the smallest change, so a
 * colleague typing elsewhere in the same field keeps their words.
 */
export function editTextField(doc: Y.Doc, kind: RecordKind, id: string, field: string, text: unknown, rule: TextFieldRule): void {
  const map = getRecord(doc, kind, id);
  const next = rule.optional ? checkOptionalWords(rule.what, text, rule.max) : checkRequiredWords(rule.what, text, rule.max);
  const current = map.get(field);
  if (current instanceof Y.Text && current.toString() === next) return;
  transactLocal(doc, () => setTextMinimal(textOf(map, field), next));
}

function checkRequiredWords(what: string, value: unknown, max: number): string {
  const text = checkOptionalWords(what, value, max);
  if (text.trim() === '') throw new OpError(`The ${what} cannot be empty.`);
  return text;
}

/** Which fields of a record may be edited as text, and their rules. */
export function ruleFor<F extends string>(rules: Readonly<Record<F, TextFieldRule>>, field: unknown, what: string): TextFieldRule {
  if (typeof field !== 'string' || !Object.hasOwn(rules, field)) throw new OpError(`"${String(field)}" is not words that can be edited on a ${what}.`);
  return rules[field as F];
}
