import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { forkDoc, newWorkshop, recordTransactions, syncDocs } from '../../../test/helpers/workshop-doc.js';
import { readIdea } from '../read.js';
import { ideasMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { validateDoc } from '../validate.js';
import { addBlocker, addIdea, deleteIdea, editIdeaText, linkIdeaToBlocker, unlinkIdeaFromBlocker, updateIdea } from './index.js';

const idea = (doc: Y.Doc, id: string) => readIdea(ideasMap(doc).get(id) as Y.Map<unknown>);

describe('idea ops', () => {
  test('addIdea, editIdeaText, updateIdea: one local transaction each', () => {
    const { doc } = newWorkshop();
    const b = addBlocker(doc, { text: 'Food vouchers need a senior manager' });
    let id = '';
    expect(recordTransactions(doc, () => { id = addIdea(doc, { text: 'Social workers own food vouchers', blockerIds: [b, b], scope: 'our-service' }); })).toEqual([LOCAL_ORIGIN]);
    expect(idea(doc, id)).toMatchObject({ text: 'Social workers own food vouchers', blockerIds: [b], scope: 'our-service', effort: null, reviewDate: '' });
    expect(recordTransactions(doc, () => editIdeaText(doc, id, 'Practitioners own food vouchers'))).toEqual([LOCAL_ORIGIN]);
    expect(recordTransactions(doc, () => updateIdea(doc, id, { effort: 'small', owner: 'Head of service', reviewDate: '2026-06-01', firstStep: 'Ask finance', measure: 'Hours waiting' }))).toEqual([LOCAL_ORIGIN]);
    expect(idea(doc, id)).toMatchObject({ text: 'Practitioners own food vouchers', effort: 'small', owner: 'Head of service', reviewDate: '2026-06-01' });
    expect(validateDoc(doc)).toEqual([]);
  });

  test('refuses bad input', () => {
    const { doc } = newWorkshop();
    expect(() => addIdea(doc, { text: '' })).toThrow(/cannot be empty/);
    expect(() => addIdea(doc, { text: 'x', blockerIds: ['blocker:gone'] })).toThrow(/no blocker/);
    const id = addIdea(doc, { text: 'x' });
    expect(() => updateIdea(doc, id, { reviewDate: 'next June' })).toThrow(/Review date must be empty or a date/);
    expect(() => updateIdea(doc, id, { effort: 'huge' } as never)).toThrow(/Effort must be one of/);
    expect(() => updateIdea(doc, id, { text: 'y' } as never)).toThrow(/"text" cannot be changed/);
    expect(() => editIdeaText(doc, 'idea:gone', 'y')).toThrow(/no idea/);
    expect(() => linkIdeaToBlocker(doc, id, 'blocker:gone')).toThrow(/no blocker/);
  });

  test('link and unlink: one transaction, and concurrent links merge', () => {
    const { doc: a } = newWorkshop();
    const b1 = addBlocker(a, { text: 'one' });
    const b2 = addBlocker(a, { text: 'two' });
    const b3 = addBlocker(a, { text: 'three' });
    const id = addIdea(a, { text: 'Fix', blockerIds: [b1] });
    const b = forkDoc(a);
    expect(recordTransactions(a, () => linkIdeaToBlocker(a, id, b2))).toEqual([LOCAL_ORIGIN]);
    linkIdeaToBlocker(b, id, b3);
    expect(recordTransactions(b, () => unlinkIdeaFromBlocker(b, id, b1))).toEqual([LOCAL_ORIGIN]);
    syncDocs(a, b);
    expect(idea(a, id).blockerIds).toEqual([b2, b3].sort());
    expect(idea(b, id).blockerIds).toEqual(idea(a, id).blockerIds);
    // Linking twice or unlinking what is not linked changes nothing.
    expect(recordTransactions(a, () => { linkIdeaToBlocker(a, id, b2); unlinkIdeaFromBlocker(a, id, b1); })).toEqual([]);
  });

  test('deleteIdea removes it', () => {
    const { doc } = newWorkshop();
    const id = addIdea(doc, { text: 'x' });
    expect(recordTransactions(doc, () => deleteIdea(doc, id))).toEqual([LOCAL_ORIGIN]);
    expect(ideasMap(doc).has(id)).toBe(false);
    expect(() => deleteIdea(doc, id)).toThrow(/no idea/);
  });
});
