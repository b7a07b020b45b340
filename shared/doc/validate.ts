// Checks the shape of a workshop document: every record is a Y.Map of known
// fields, each held in the right Yjs type, with a plain value its validator
// accepts. Cross-record rules (a theme that was deleted while someone assigned
// it, two dots cast at once past a budget) are NOT checked: two valid
// concurrent changes can merge into them, so refusing them would split the room.
import * as Y from 'yjs';
import type { z } from 'zod';
import type { FieldDef, Fields } from './records/fields.js';
import { readIdSet } from './read.js';
import {
  ALL_ROOT_NAMES, RECORDS, RECORD_KINDS, RETIRED_FIELDS, SCHEMA_VERSION, metaFields, metaMap, metaValidator, recordsOf,
  type RecordKind,
} from './schema.js';

const MAX_PROBLEMS = 200;

/** A short plain-English description of a stored value, for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Y.Text) return 'collaborative text';
  if (value instanceof Y.Map) return 'a nested record';
  if (value instanceof Y.Array) return 'a collaborative list';
  if (value instanceof Y.XmlFragment) return 'rich text';
  if (value instanceof Y.Doc) return 'an embedded document';
  if (value instanceof Uint8Array) return 'binary data';
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** Checks how one field is held; returns its plain value or a problem. */
function plainValue(def: FieldDef, raw: unknown): { value: unknown } | { problem: string } {
  if (raw === undefined) return { value: def.default };
  switch (def.storage) {
    case 'Y.Text': {
      if (!(raw instanceof Y.Text)) return { problem: `${def.label} must be collaborative text (found ${describeValue(raw)})` };
      const embedded = raw.toDelta().some((op: { insert?: unknown }) => typeof op.insert !== 'string');
      if (embedded) return { problem: `${def.label} may only hold words` };
      return { value: raw.toString() };
    }
    case 'Y.Map<id,true>': {
      if (!(raw instanceof Y.Map)) return { problem: `${def.label} must be a set of ids (found ${describeValue(raw)})` };
      for (const present of raw.values()) if (present !== true) return { problem: `${def.label} must only mark ids as linked (found ${describeValue(present)})` };
      return { value: readIdSet(raw) };
    }
    case 'Y.XmlFragment':
      if (!(raw instanceof Y.XmlFragment)) return { problem: `${def.label} must be rich text (found ${describeValue(raw)})` };
      return { value: null };
    case 'value':
      if (raw instanceof Y.AbstractType || raw instanceof Y.Doc || raw instanceof Uint8Array) {
        return { problem: `${def.label} must be a plain value (found ${describeValue(raw)})` };
      }
      return { value: raw };
  }
}

/** Checks a map of fields: unknown names, storage, then the zod validator. */
function checkFields(fields: Fields, retired: readonly string[], map: Y.Map<unknown>, validator: z.ZodType, base: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of map.keys()) {
    if (key === 'id' && 'id' in base) continue;
    if (!Object.hasOwn(fields, key) && !retired.includes(key)) problems.push(`has an unknown field "${key.slice(0, 40)}"`);
  }
  const plain: Record<string, unknown> = { ...base };
  for (const [name, def] of Object.entries(fields)) {
    const result = plainValue(def, map.get(name));
    if ('problem' in result) problems.push(result.problem);
    else if (def.storage !== 'Y.XmlFragment') plain[name] = result.value;
  }
  if (problems.length > 0) return problems;
  const parsed = validator.safeParse(plain);
  if (parsed.success) return [];
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? '');
    const def = fields[name];
    const label = def ? def.label : name === 'id' ? 'id' : 'a field';
    problems.push(`${label} ${issue.message} (found ${describeValue(plain[name])})`);
  }
  return problems;
}

/** Problems with the workshop details (meta). */
export function validateMeta(doc: Y.Doc): string[] {
  const meta = metaMap(doc);
  if (meta.size === 0) return ['The document has no workshop details: it is not a workshop.'];
  const problems = checkFields(metaFields, RETIRED_FIELDS.meta, meta, metaValidator, {}).map((p) => `Workshop details: ${p}.`);
  const version = meta.get('schemaVersion');
  if (version === undefined) problems.push('Workshop details: the schema version is missing (the document needs migrating).');
  else if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    problems.push(`Workshop details: schema version ${version} is not the current version ${SCHEMA_VERSION}.`);
  }
  return problems;
}

/** Problems with the value stored under `key` in a record root. */
export function validateRecord(kind: RecordKind, key: string, value: unknown): string[] {
  const def = RECORDS[kind];
  const name = `${def.label.charAt(0).toUpperCase()}${def.label.slice(1)} "${key.length > 70 ? `${key.slice(0, 70)}…` : key}"`;
  if (!(value instanceof Y.Map)) return [`${name} is not a record (found ${describeValue(value)}).`];
  const problems: string[] = [];
  const storedId = value.get('id');
  if (storedId !== undefined && storedId !== key) problems.push(`its id field does not match (found ${describeValue(storedId)})`);
  problems.push(...checkFields(def.fields, RETIRED_FIELDS[kind], value, def.validator, { id: key }));
  return problems.map((p) => `${name}: ${p}.`);
}

/** Content in a root the schema does not know (never read, so never admitted). */
export function unknownRoots(doc: Y.Doc): string[] {
  const names: string[] = [];
  for (const [name, type] of doc.share) {
    if (!ALL_ROOT_NAMES.includes(name) && (type._start !== null || type._map.size > 0)) names.push(name);
  }
  return names;
}

/** Every shape problem in the document, in plain English; empty means valid. */
export function validateDoc(doc: Y.Doc): string[] {
  const problems = validateMeta(doc);
  for (const name of unknownRoots(doc)) problems.push(`The document has an unknown part "${name}".`);
  for (const kind of RECORD_KINDS) {
    for (const [key, value] of recordsOf(doc, kind).entries()) {
      problems.push(...validateRecord(kind, key, value));
      if (problems.length >= MAX_PROBLEMS) return problems;
    }
  }
  return problems;
}
