import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { MIGRATIONS, migrate, readSchemaVersion } from './migrations.js';
import { readMeta, readWorkshop } from './read.js';
import { restoreFromUpdate, validateDoc } from './restore.js';
import { SCHEMA_VERSION, blockersMap, metaMap } from './schema.js';

/** A version-0 document: written before schemaVersion, teamSize and anonymous existed. */
function versionZeroDoc(extra: Record<string, unknown> = {}): Y.Doc {
  const doc = new Y.Doc();
  const meta = metaMap(doc);
  meta.set('title', 'Early workshop');
  meta.set('localAuthority', 'Anyshire');
  meta.set('date', '2025-11-20');
  meta.set('phase', 'map');
  meta.set('createdAt', 1_700_000_000_000);
  for (const [k, v] of Object.entries(extra)) meta.set(k, v);
  const blocker = new Y.Map<unknown>();
  blockersMap(doc).set('blocker:early0000001', blocker);
  blocker.set('id', 'blocker:early0000001');
  blocker.set('text', new Y.Text('Waiting for sign-off'));
  return doc;
}

describe('migrations', () => {
  test('the chain runs from 0 to SCHEMA_VERSION one step at a time', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, v) => [v, v + 1]));
  });

  test('version 0 (no schemaVersion) migrates to the current version with defaults filled', () => {
    const old = versionZeroDoc();
    expect(readSchemaVersion(old)).toBe(0);
    expect(validateDoc(old)).toContain('Workshop details: the schema version is missing (the document needs migrating).');
    const doc = restoreFromUpdate(Y.encodeStateAsUpdate(old));
    expect(readMeta(doc)).toEqual({
      title: 'Early workshop', localAuthority: 'Anyshire', date: '2025-11-20', schemaVersion: 2, phase: 'map', teamSize: 8, anonymous: false, createdAt: 1_700_000_000_000, privateWriting: false,
      namesInExports: false, agendaStep: null, timerStartedAt: null, timerSeconds: 0, boardLocked: false,
      followView: '', followTarget: '', followAt: 0, programmeTitle: '', sessionNumber: 1,
    });
    expect(metaMap(doc).get('teamSize')).toBe(8);
    expect(readWorkshop(doc).blockers['blocker:early0000001']?.text).toBe('Waiting for sign-off');
    expect(validateDoc(doc)).toEqual([]);
  });

  test('migration keeps values a version-0 document already had', () => {
    const doc = versionZeroDoc({ teamSize: 6, anonymous: true });
    migrate(doc, 0);
    expect(readMeta(doc)).toMatchObject({ schemaVersion: 2, teamSize: 6, anonymous: true });
  });

  test('migration runs in one transaction, and not at all on a current doc', () => {
    const doc = versionZeroDoc();
    let transactions = 0;
    doc.on('afterTransaction', () => { transactions += 1; });
    migrate(doc, 0);
    expect(transactions).toBe(1);
    migrate(doc, SCHEMA_VERSION);
    expect(transactions).toBe(1);
  });

  test('a schema version that is not a whole number is refused', () => {
    const doc = versionZeroDoc({ schemaVersion: '1' });
    expect(readSchemaVersion(doc)).toBeNull();
    expect(() => restoreFromUpdate(Y.encodeStateAsUpdate(doc))).toThrow(/schema version is not a whole number/);
  });
});
