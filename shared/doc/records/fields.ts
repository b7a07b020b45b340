// Field builders: each returns the field's storage in Yjs, its plain type, its
// default and a zod schema with plain-English messages, so a record's shape,
// its readers, its validator and the schema snapshot all come from one place.
import { z } from 'zod';
import { MAX_STORED_TEXT_LENGTH } from '../seeded-lists.js';

/** How a field is held inside the record's Y.Map. */
export type Storage = 'value' | 'Y.Text' | 'Y.XmlFragment' | 'Y.Map<id,true>';
/** The field's type in the plain snapshot. */
export type BaseType = 'string' | 'number' | 'boolean' | 'string[]' | 'xml';

export interface FieldDef<T = unknown> {
  readonly storage: Storage;
  readonly type: BaseType;
  readonly nullable: boolean;
  /** Allowed ids when the field holds an id from a seeded list. */
  readonly values?: readonly string[];
  /** Id prefixes a reference field accepts (`theme:`). */
  readonly prefixes?: readonly string[];
  /** Plain-English name used in error messages ("minutes lost per week"). */
  readonly label: string;
  readonly default: T;
  readonly schema: z.ZodType<T>;
}

export type Fields = Readonly<Record<string, FieldDef>>;
export type PlainOf<F extends Fields> = { readonly [K in keyof F]: F[K] extends FieldDef<infer T> ? T : never };

function field<T>(def: FieldDef<T>): FieldDef<T> {
  return Object.freeze(def);
}

const mustBeText = { error: 'must be text' } as const;

/** Collaborative words, held as Y.Text so concurrent typing merges. */
export function text(label: string): FieldDef<string> {
  return field({
    storage: 'Y.Text', type: 'string', nullable: false, label, default: '',
    schema: z.string(mustBeText).max(MAX_STORED_TEXT_LENGTH, { error: `must be at most ${MAX_STORED_TEXT_LENGTH} characters` }),
  });
}

/** A plain string value (last writer wins). */
export function string(label: string, opts: { max: number; default?: string }): FieldDef<string> {
  return field({
    storage: 'value', type: 'string', nullable: false, label, default: opts.default ?? '',
    schema: z.string(mustBeText).max(opts.max, { error: `must be at most ${opts.max} characters` }),
  });
}

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date as YYYY-MM-DD; `allowEmpty` lets '' mean "not set". */
export function date(label: string, opts: { allowEmpty: boolean; default: string }): FieldDef<string> {
  const message = opts.allowEmpty ? 'must be empty or a date written as YYYY-MM-DD' : 'must be a date written as YYYY-MM-DD';
  const dateSchema = z.string(mustBeText).regex(DATE_PATTERN, { error: message });
  return field({
    storage: 'value', type: 'string', nullable: false, label, default: opts.default,
    schema: opts.allowEmpty ? z.union([z.literal(''), dateSchema], { error: message }) : dateSchema,
  });
}

/** The id of another record (`theme:…`), or null. */
export function ref(label: string, prefix: string): FieldDef<string | null> {
  return field({
    storage: 'value', type: 'string', nullable: true, prefixes: [prefix], label, default: null,
    schema: z.string({ error: `must be an id starting with "${prefix}" or empty` })
      .startsWith(prefix, { error: `must be an id starting with "${prefix}"` }).max(64, { error: 'must be a short id' }).nullable(),
  });
}

/** The id of another record that must be present (`round:…`). */
export function requiredRef(label: string, prefixes: readonly string[]): FieldDef<string> {
  const names = prefixes.map((p) => `"${p}"`).join(' or ');
  return field({
    storage: 'value', type: 'string', nullable: false, prefixes, label, default: '',
    schema: z.string({ error: `must be an id starting with ${names}` }).max(64, { error: 'must be a short id' })
      .refine((id) => prefixes.some((p) => id.startsWith(p)), { error: `must be an id starting with ${names}` }),
  });
}

/** An id from a seeded list. */
export function choice<const V extends readonly [string, ...string[]]>(label: string, values: V, def: V[number]): FieldDef<V[number]> {
  return field({
    storage: 'value', type: 'string', nullable: false, values, label, default: def,
    schema: z.enum(values, { error: `must be one of: ${values.join(', ')}` }) as unknown as z.ZodType<V[number]>,
  });
}

/**
 * An id from a seeded list, or the id of a record that extends the list in this
 * workshop (a category the room added: `category:…`).
 */
export function choiceOrRef<const V extends readonly [string, ...string[]], const P extends string>(
  label: string, values: V, prefix: P, def: V[number],
): FieldDef<V[number] | `${P}${string}`> {
  const message = `must be one of: ${values.join(', ')}, or an id starting with "${prefix}"`;
  return field({
    storage: 'value', type: 'string', nullable: false, values, prefixes: [prefix], label, default: def,
    schema: z.string({ error: message })
      .refine((v) => values.includes(v) || (v.startsWith(prefix) && v.length > prefix.length && v.length <= 64), { error: message }) as unknown as z.ZodType<V[number] | `${P}${string}`>,
  });
}

/** A colour as #RRGGBB. */
export function colour(label: string, def: string): FieldDef<string> {
  return field({
    storage: 'value', type: 'string', nullable: false, label, default: def,
    schema: z.string(mustBeText).regex(/^#[0-9A-Fa-f]{6}$/, { error: 'must be a colour written as #RRGGBB' }),
  });
}

/** An id from a seeded list, or null for "not said". */
export function optionalChoice<const V extends readonly [string, ...string[]]>(label: string, values: V): FieldDef<V[number] | null> {
  return field({
    storage: 'value', type: 'string', nullable: true, values, label, default: null,
    schema: (z.enum(values, { error: `must be one of: ${values.join(', ')} (or empty)` }) as unknown as z.ZodType<V[number]>).nullable(),
  });
}

interface NumberOpts { min: number; max: number; int: boolean }

function numberSchema(o: NumberOpts): z.ZodNumber {
  let s = z.number({ error: 'must be a number' }).min(o.min, { error: `must be at least ${o.min}` }).max(o.max, { error: `must be at most ${o.max}` });
  if (o.int) s = s.int({ error: 'must be a whole number' });
  return s;
}

export function number(label: string, opts: NumberOpts & { default: number }): FieldDef<number> {
  return field({ storage: 'value', type: 'number', nullable: false, label, default: opts.default, schema: numberSchema(opts) });
}

export function optionalNumber(label: string, opts: NumberOpts): FieldDef<number | null> {
  return field({ storage: 'value', type: 'number', nullable: true, label, default: null, schema: numberSchema(opts).nullable() });
}

/** Milliseconds since 1970. */
export function timestamp(label: string): FieldDef<number> {
  return number(label, { min: 0, max: 8.64e15, int: true, default: 0 });
}

export function optionalTimestamp(label: string): FieldDef<number | null> {
  return optionalNumber(label, { min: 0, max: 8.64e15, int: true });
}

export function boolean(label: string, def: boolean): FieldDef<boolean> {
  return field({ storage: 'value', type: 'boolean', nullable: false, label, default: def, schema: z.boolean({ error: 'must be yes or no' }) });
}

function idListSchema(prefixes: readonly string[]): z.ZodType<string[]> {
  const names = prefixes.map((p) => `"${p}"`).join(' or ');
  return z.array(
    z.string({ error: 'must hold ids' }).max(64, { error: 'must hold short ids' })
      .refine((id) => prefixes.some((p) => id.startsWith(p)), { error: `must hold ids starting with ${names}` }),
    { error: 'must be a list of ids' },
  ).max(5000, { error: 'must hold at most 5000 ids' });
}

/** A list of ids set as a whole by one person (last writer wins). */
export function refList(label: string, prefixes: readonly string[]): FieldDef<string[]> {
  return field({ storage: 'value', type: 'string[]', nullable: false, prefixes, label, default: [], schema: idListSchema(prefixes) });
}

/** A set of ids held as a nested Y.Map (id -> true) so concurrent link and unlink merge. */
export function refSet(label: string, prefix: string): FieldDef<string[]> {
  return field({ storage: 'Y.Map<id,true>', type: 'string[]', nullable: false, prefixes: [prefix], label, default: [], schema: idListSchema([prefix]) });
}

/** Rich collaborative prose (Y.XmlFragment); not part of the plain snapshot. */
export function richText(label: string): FieldDef<null> {
  return field({ storage: 'Y.XmlFragment', type: 'xml', nullable: false, label, default: null, schema: z.null() });
}
