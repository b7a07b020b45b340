// Helpers shared by the ops: input checks (all done before any write, so a
// failing op changes nothing), record lookup, record creation and text diffs.
import * as Y from 'yjs';
import { simpleDiffString } from 'lib0/diff';
import type { FieldDef, Fields } from '../records/fields.js';
import type { RecordDef } from '../records/define.js';
import { RECORDS, recordsOf, type RecordKind, type RecordMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { OpError } from './op-error.js';

/** Runs fn as one local transaction: one undo step, one update. */
export function transactLocal<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, LOCAL_ORIGIN);
  return result;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The record map of one id, or an OpError naming what is missing. */
export function getRecord(doc: Y.Doc, kind: RecordKind, id: unknown): RecordMap {
  const label = RECORDS[kind].label;
  if (typeof id !== 'string' || id === '') throw new OpError(`No ${label} was given.`);
  const map = recordsOf(doc, kind).get(id);
  if (!(map instanceof Y.Map)) throw new OpError(`There is no ${label} with id "${id}" in this workshop (it may have been deleted).`);
  return map;
}

/** Words someone typed: not blank, not longer than max. */
export function checkWords(what: string, value: unknown, max: number): string {
  if (typeof value !== 'string') throw new OpError(`The ${what} must be text.`);
  if (value.trim() === '') throw new OpError(`The ${what} cannot be empty.`);
  if (value.length > max) throw new OpError(`The ${what} is ${value.length} characters long; the limit is ${max}.`);
  return value;
}

/** Checks one field value against its schema; returns the value to store. */
export function checkField(def: FieldDef, value: unknown): unknown {
  const result = def.schema.safeParse(value);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? 'is not valid';
    throw new OpError(`${capitalise(def.label)} ${message}.`);
  }
  return Array.isArray(value) ? [...value] : value;
}

/**
 * Checks a patch of plain fields. Keys outside `allowed` are refused, so a
 * typo or a text field sent to the wrong op fails loudly instead of vanishing.
 */
export function checkPatch(fields: Fields, patch: unknown, allowed: readonly string[], what: string): [string, unknown][] {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw new OpError(`The changes to the ${what} must be a set of fields.`);
  const out: [string, unknown][] = [];
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const def = fields[name];
    if (!def || !allowed.includes(name)) throw new OpError(`"${name}" cannot be changed this way on a ${what}.`);
    out.push([name, checkField(def, value)]);
  }
  return out;
}

/** Builds a new record's map with every field set: given values, else defaults. */
export function newRecordMap(def: RecordDef, id: string, values: Readonly<Record<string, unknown>>): RecordMap {
  const map = new Y.Map<unknown>();
  map.set('id', id);
  for (const [name, field] of Object.entries(def.fields)) {
    const value = values[name] ?? field.default;
    switch (field.storage) {
      case 'Y.Text':
        map.set(name, new Y.Text(value as string));
        break;
      case 'Y.Map<id,true>':
        map.set(name, new Y.Map<boolean>((value as string[]).map((k) => [k, true] as [string, boolean])));
        break;
      case 'Y.XmlFragment':
        map.set(name, new Y.XmlFragment());
        break;
      case 'value':
        map.set(name, Array.isArray(value) ? [...value] : value);
        break;
    }
  }
  return map;
}

/** The Y.Text of a field, created if an older or foreign record lacks it. */
export function textOf(map: RecordMap, name: string): Y.Text {
  const existing = map.get(name);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  map.set(name, text);
  return text;
}

/**
 * Rewrites a Y.Text to `next` with the smallest single change (common prefix
 * and suffix kept), so a colleague's concurrent typing elsewhere survives.
 */
export function setTextMinimal(text: Y.Text, next: string): void {
  const diff = simpleDiffString(text.toString(), next);
  if (diff.remove > 0) text.delete(diff.index, diff.remove);
  if (diff.insert.length > 0) text.insert(diff.index, diff.insert);
}

/** Removes an id from the ballot of every round still in draft. */
export function removeFromDraftRounds(doc: Y.Doc, itemId: string): void {
  for (const round of recordsOf(doc, 'round').values()) {
    if (!(round instanceof Y.Map) || round.get('status') !== 'draft') continue;
    const items = round.get('itemIds');
    if (Array.isArray(items) && items.includes(itemId)) round.set('itemIds', items.filter((i) => i !== itemId));
  }
}

export function checkFiniteNumber(what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new OpError(`The ${what} must be a number.`);
  return value;
}
