import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readMeta } from '../read.js';
import { SCHEMA_VERSION, metaMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { validateDoc } from '../validate.js';
import { OpError, createWorkshop, updateMeta } from './index.js';

describe('meta ops', () => {
  test('createWorkshop writes every detail in one local transaction', () => {
    const doc = new Y.Doc();
    const origins = recordTransactions(doc, () => createWorkshop(doc, { title: 'Small changes', localAuthority: 'Anyshire', teamSize: 10 }));
    expect(origins).toEqual([LOCAL_ORIGIN]);
    const meta = readMeta(doc);
    expect(meta).toMatchObject({ title: 'Small changes', localAuthority: 'Anyshire', schemaVersion: SCHEMA_VERSION, phase: 'welcome', teamSize: 10, anonymous: false });
    expect(meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.createdAt).toBeGreaterThan(0);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('createWorkshop refuses bad input and a second workshop, writing nothing', () => {
    const doc = new Y.Doc();
    expect(() => createWorkshop(doc, { title: '', localAuthority: 'x' })).toThrow(/cannot be empty/);
    expect(() => createWorkshop(doc, { title: 't', localAuthority: 'x', date: '4 March' })).toThrow(/YYYY-MM-DD/);
    expect(() => createWorkshop(doc, { title: 't', localAuthority: 'x', teamSize: 0 })).toThrow(/Team size must be at least 1/);
    expect(() => createWorkshop(doc, { title: 't', localAuthority: 'x', teamSize: 2.5 })).toThrow(/whole number/);
    expect(metaMap(doc).size).toBe(0);
    createWorkshop(doc, { title: 't', localAuthority: 'x' });
    expect(() => createWorkshop(doc, { title: 'again', localAuthority: 'x' })).toThrow(OpError);
  });

  test('updateMeta patches, one transaction, and refuses fixed or bad fields', () => {
    const { doc } = newWorkshop();
    expect(recordTransactions(doc, () => updateMeta(doc, { phase: 'map', anonymous: true }))).toEqual([LOCAL_ORIGIN]);
    expect(readMeta(doc)).toMatchObject({ phase: 'map', anonymous: true });
    expect(() => updateMeta(doc, { phase: 'lunch' } as never)).toThrow(/Phase must be one of/);
    expect(() => updateMeta(doc, { schemaVersion: 9 } as never)).toThrow(/"schemaVersion" cannot be changed/);
    expect(() => updateMeta(doc, { title: ' ' })).toThrow(/cannot be empty/);
    expect(() => updateMeta(new Y.Doc(), { phase: 'map' })).toThrow(/no workshop yet/);
    expect(readMeta(doc).phase).toBe('map');
  });
});
