import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { Fields } from './records/fields.js';
import {
  ALL_ROOT_NAMES, CATEGORIES, RECORDS, RETIRED_FIELDS, ROOT_NAMES, SCHEMA_VERSION, isLocalScope, metaFields,
} from './schema.js';
import { newId } from './ids.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const SNAPSHOT_PATH = join(here, 'schema.snapshot.json');

function describeFields(fields: Fields) {
  return Object.fromEntries(Object.entries(fields).map(([name, def]) => {
    const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(def.schema, { unrepresentable: 'any' }) as Record<string, unknown>;
    return [name, {
      storage: def.storage, type: def.type, nullable: def.nullable, default: def.default,
      ...(def.values ? { values: def.values } : {}),
      ...(def.prefixes ? { prefixes: def.prefixes } : {}),
      constraints: jsonSchema,
    }];
  }));
}

/** Everything a stored document depends on, derived from schema.ts. */
function describeSchema() {
  return {
    schemaVersion: SCHEMA_VERSION,
    roots: ROOT_NAMES,
    meta: { fields: describeFields(metaFields) },
    records: Object.fromEntries(Object.values(RECORDS).map((def) => [def.kind, { prefix: def.prefix, label: def.label, fields: describeFields(def.fields) }])),
    retiredFields: RETIRED_FIELDS,
  };
}

const HOW_TO = `
The workshop schema changed. Old documents and old peers still carry the old shape, so:
 - a removed or renamed field (or root, or id prefix) is NEVER allowed: keep the field, and if it is truly retired
   add its name to RETIRED_FIELDS in shared/doc/schema.ts so the name is never reused;
 - an added field, or a changed default or constraint, needs a deliberate snapshot update:
   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run shared/doc/schema.test.ts
   and, if a default matters for documents already saved, a migration in shared/doc/migrations.ts with SCHEMA_VERSION + 1.`;

describe('schema snapshot', () => {
  test('matches schema.snapshot.json (the schema only grows on purpose)', () => {
    const current = JSON.parse(JSON.stringify(describeSchema())) as ReturnType<typeof describeSchema>;
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(current, null, 2)}\n`);
    const saved = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as ReturnType<typeof describeSchema>;
    // Name the lost fields first: that is the mistake that breaks saved workshops.
    const lost: string[] = [];
    for (const [kind, rec] of Object.entries(saved.records)) {
      for (const field of Object.keys(rec.fields)) {
        const now = (current.records as Record<string, { fields: Record<string, unknown> }>)[kind];
        const retired = (RETIRED_FIELDS as Record<string, readonly string[]>)[kind] ?? [];
        if (!now || (!(field in now.fields) && !retired.includes(field))) lost.push(`${kind}.${field}`);
      }
    }
    for (const field of Object.keys(saved.meta.fields)) {
      if (!(field in current.meta.fields) && !RETIRED_FIELDS.meta.includes(field)) lost.push(`meta.${field}`);
    }
    expect(lost, `Fields were removed or renamed: ${lost.join(', ')}.${HOW_TO}`).toEqual([]);
    for (const [kind, names] of Object.entries(saved.retiredFields)) {
      const now = (current.retiredFields as Readonly<Record<string, readonly string[]>>)[kind] ?? [];
      const dropped = (names as readonly string[]).filter((name) => !now.includes(name));
      expect(dropped, `RETIRED_FIELDS.${kind} lost names: retired names stay listed forever.${HOW_TO}`).toEqual([]);
    }
    expect(current, `The schema differs from shared/doc/schema.snapshot.json.${HOW_TO}`).toEqual(saved);
  });

  test('a retired name is never in use again', () => {
    for (const [kind, names] of Object.entries(RETIRED_FIELDS)) {
      const fields = kind === 'meta' ? metaFields : RECORDS[kind as keyof typeof RECORDS].fields;
      for (const name of names) expect(Object.keys(fields), `${kind}.${name} is retired`).not.toContain(name);
    }
  });

  test('each kind has its own prefix and root', () => {
    const prefixes = Object.values(RECORDS).map((def) => def.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(new Set(ALL_ROOT_NAMES).size).toBe(ALL_ROOT_NAMES.length);
    for (const def of Object.values(RECORDS)) expect(def.prefix).toBe(`${def.kind}:`);
  });
});

describe('only schema.ts names roots', () => {
  test('no other file under shared/ calls getMap with a literal', () => {
    const root = join(here, '..');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && path !== join(here, 'schema.ts')) {
          if (/getMap\s*(<[^>]*>)?\s*\(\s*['"`]/.test(readFileSync(path, 'utf8'))) offenders.push(relative(root, path));
        }
      }
    };
    walk(root);
    expect(offenders, 'Only shared/doc/schema.ts may call doc.getMap(\'…\'): use its accessors (blockersMap(doc), …).').toEqual([]);
  });
});

describe('seeded lists and ids', () => {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  };

  test('category colours are readable with dark text (WCAG AAA against #1a1a1a)', () => {
    const dark = luminance('#1A1A1A');
    for (const category of CATEGORIES) {
      const ratio = (luminance(category.colour) + 0.05) / (dark + 0.05);
      expect(ratio, category.id).toBeGreaterThanOrEqual(7);
    }
  });

  test('isLocalScope is true for my team, our service and the local authority only', () => {
    expect(['my-team', 'our-service', 'local-authority', 'partner-agency', 'national', null].map(isLocalScope)).toEqual([true, true, true, false, false, false]);
  });

  test('ids are the prefix plus 12 url-safe characters, and do not repeat', () => {
    const ids = Array.from({ length: 2000 }, () => newId('blocker:'));
    for (const id of ids) expect(id).toMatch(/^blocker:[A-Za-z0-9_-]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
