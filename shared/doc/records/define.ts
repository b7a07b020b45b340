// A record definition: kind, id prefix, fields and the zod validator of its
// plain snapshot. Root names live in schema.ts, not here.
import { z } from 'zod';
import type { Fields, FieldDef } from './fields.js';

export interface RecordDef<K extends string = string, F extends Fields = Fields> {
  readonly kind: K;
  /** Plain-English name for messages ("blocker", "voting round"). */
  readonly label: string;
  /** Every id of this kind starts with it: `blocker:` + 12 url-safe characters. */
  readonly prefix: `${K}:`;
  readonly fields: F;
  /** Validates the plain snapshot of one record (id plus every non-rich field). */
  readonly validator: z.ZodType;
}

/** Fields that appear in the plain snapshot (rich text bodies do not). */
export function snapshotFieldNames(fields: Fields): string[] {
  return Object.keys(fields).filter((name) => (fields[name] as FieldDef).storage !== 'Y.XmlFragment');
}

export function plainSchema(fields: Fields): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const name of snapshotFieldNames(fields)) shape[name] = (fields[name] as FieldDef).schema;
  return shape;
}

export function defineRecord<const K extends string, const F extends Fields>(kind: K, label: string, fields: F): RecordDef<K, F> {
  const prefix = `${kind}:` as const;
  const validator = z.strictObject({
    id: z.string({ error: 'must be text' }).startsWith(prefix, { error: `must start with "${prefix}"` }).max(64, { error: 'must be a short id' }),
    ...plainSchema(fields),
  });
  return Object.freeze({ kind, label, prefix, fields: Object.freeze(fields), validator });
}
