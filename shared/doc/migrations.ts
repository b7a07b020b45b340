// Schema migrations, each from version N to N+1, run in order when an older
// document is restored. Version 0 is a document written before schemaVersion
// existed: its meta has no schemaVersion, teamSize or anonymous.
import type * as Y from 'yjs';
import { DEFAULT_TEAM_SIZE, SCHEMA_VERSION, metaMap } from './schema.js';
import { MIGRATION_ORIGIN } from './origin.js';
import { addFacilitation } from '../facilitation/migration.js';

export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  /** Runs inside the migration transaction; must be safe to run on any doc of version `from`. */
  readonly up: (doc: Y.Doc) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    description: 'Add schemaVersion, teamSize (8) and anonymous (false) to the workshop details.',
    up(doc) {
      const meta = metaMap(doc);
      if (!meta.has('teamSize')) meta.set('teamSize', DEFAULT_TEAM_SIZE);
      if (!meta.has('anonymous')) meta.set('anonymous', false);
      meta.set('schemaVersion', 1);
    },
  },
  {
    from: 1,
    to: 2,
    description: 'Facilitation: the standard agenda with the current phase running, the board unlocked, the timer stopped.',
    up: addFacilitation,
  },
];

/** The stored schema version: 0 when absent, null when it is not a whole number. */
export function readSchemaVersion(doc: Y.Doc): number | null {
  const version = metaMap(doc).get('schemaVersion');
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/**
 * Migrates a document of an older version up to SCHEMA_VERSION in one
 * transaction. Returns the version it started from. Throws if a step is missing.
 */
export function migrate(doc: Y.Doc, from: number): number {
  const steps: Migration[] = [];
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step || step.to !== version + 1) throw new Error(`No migration from schema version ${version}.`);
    steps.push(step);
  }
  if (steps.length > 0) doc.transact(() => steps.forEach((step) => step.up(doc)), MIGRATION_ORIGIN);
  return from;
}
