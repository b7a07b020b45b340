// Everything that comes in from outside passes here: decode into a fresh doc,
// refuse garbage with a clear message, migrate older versions, refuse newer ones.
import * as Y from 'yjs';
import { SCHEMA_VERSION, defineRoots, metaMap } from './schema.js';
import { migrate, readSchemaVersion } from './migrations.js';
import { validateDoc } from './validate.js';
import { summariseProblems } from './update-gate.js';

export { validateDoc } from './validate.js';
export { UpdateGate, type GateResult } from './update-gate.js';

export type RestoreErrorCode = 'empty' | 'not-yjs' | 'incomplete' | 'not-a-workshop' | 'newer-version' | 'invalid-record';

export class RestoreError extends Error {
  override readonly name = 'RestoreError';
  constructor(readonly code: RestoreErrorCode, message: string) {
    super(message);
  }
}

/** Decodes a saved or received workshop into a fresh, valid, current Y.Doc. Throws RestoreError. */
export function restoreFromUpdate(update: Uint8Array): Y.Doc {
  if (!(update instanceof Uint8Array) || update.length === 0) {
    throw new RestoreError('empty', 'The workshop file is empty: there is nothing to open.');
  }
  const doc = new Y.Doc();
  defineRoots(doc);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    doc.destroy();
    throw new RestoreError('not-yjs', 'This file could not be read as a workshop: it is damaged (perhaps cut short while saving or copying) or is not a Small Changes Studio file.');
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.destroy();
    throw new RestoreError('incomplete', 'This workshop file is incomplete: part of it is missing, perhaps because it was cut short while saving or copying. Try an earlier copy.');
  }
  if (metaMap(doc).size === 0) {
    doc.destroy();
    throw new RestoreError('not-a-workshop', 'This file is not a Small Changes Studio workshop: it has no workshop details.');
  }
  const version = readSchemaVersion(doc);
  if (version === null) {
    doc.destroy();
    throw new RestoreError('invalid-record', 'This workshop cannot be opened: its schema version is not a whole number.');
  }
  if (version > SCHEMA_VERSION) {
    doc.destroy();
    throw new RestoreError('newer-version', `This workshop was saved by a newer version of Small Changes Studio (schema ${version}). Update the app to open it.`);
  }
  migrate(doc, version);
  const problems = validateDoc(doc);
  if (problems.length > 0) {
    doc.destroy();
    throw new RestoreError('invalid-record', `This workshop cannot be opened because part of it is damaged: ${summariseProblems(problems)}`);
  }
  return doc;
}
