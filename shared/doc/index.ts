// The workshop document: schema, types, readers, ops, restore and the update gate.
export * from './schema.js';
export type * from './types.js';
export * from './read.js';
export * from './ops/index.js';
export * from './restore.js';
export { LOCAL_ORIGIN, MIGRATION_ORIGIN } from './origin.js';
export { MIGRATIONS, migrate, readSchemaVersion, type Migration } from './migrations.js';
export { newId } from './ids.js';
export { validateMeta, validateRecord } from './validate.js';
