import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readParticipant } from '../read.js';
import { participantsMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { addParticipant, removeParticipant, updateParticipant } from './index.js';

const read = (doc: Y.Doc, id: string) => readParticipant(participantsMap(doc).get(id) as Y.Map<unknown>);

describe('participant ops', () => {
  test('add, update, remove: one local transaction each', () => {
    const { doc } = newWorkshop();
    let id = '';
    expect(recordTransactions(doc, () => { id = addParticipant(doc, { displayName: 'Priya', role: 'practitioner' }); })).toEqual([LOCAL_ORIGIN]);
    expect(id).toMatch(/^participant:/);
    expect(read(doc, id)).toMatchObject({ id, displayName: 'Priya', role: 'practitioner' });
    expect(recordTransactions(doc, () => updateParticipant(doc, id, { role: 'leader' }))).toEqual([LOCAL_ORIGIN]);
    expect(read(doc, id).role).toBe('leader');
    expect(recordTransactions(doc, () => removeParticipant(doc, id))).toEqual([LOCAL_ORIGIN]);
    expect(participantsMap(doc).has(id)).toBe(false);
  });

  test('a rejoining laptop can keep its id, but not twice', () => {
    const { doc } = newWorkshop();
    const id = addParticipant(doc, { displayName: 'Jo', role: 'observer', id: 'participant:laptop-jo-01' });
    expect(id).toBe('participant:laptop-jo-01');
    expect(() => addParticipant(doc, { displayName: 'Jo', role: 'observer', id })).toThrow(/already/);
    expect(() => addParticipant(doc, { displayName: 'Jo', role: 'observer', id: 'blocker:x' })).toThrow(/must start with "participant:"/);
  });

  test('refuses bad names, roles and unknown ids', () => {
    const { doc, me } = newWorkshop();
    expect(() => addParticipant(doc, { displayName: '', role: 'practitioner' })).toThrow(/cannot be empty/);
    expect(() => addParticipant(doc, { displayName: 'x'.repeat(61), role: 'practitioner' })).toThrow(/limit is 60/);
    expect(() => addParticipant(doc, { displayName: 'Al', role: 'boss' as never })).toThrow(/Role must be one of/);
    expect(() => updateParticipant(doc, me, { displayName: '' })).toThrow(/cannot be empty/);
    expect(() => updateParticipant(doc, 'participant:nobody', { role: 'leader' })).toThrow(/no participant/);
    expect(() => removeParticipant(doc, 'participant:nobody')).toThrow(/no participant/);
  });
});
