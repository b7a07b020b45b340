import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { forkDoc, newWorkshop, recordTransactions, syncDocs } from '../../../test/helpers/workshop-doc.js';
import { readSection } from '../read.js';
import { sectionsMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { addSection, deleteSection, moveSection, renameSection, restoreSection, sectionOrder } from './index.js';

const titles = (doc: Y.Doc) => sectionOrder(doc).map((p) => readSection(sectionsMap(doc).get(p.id) as Y.Map<unknown>).title);

describe('section ops', () => {
  test('addSection places last, first or after another; body is a Y.XmlFragment', () => {
    const { doc } = newWorkshop();
    let vision = '';
    expect(recordTransactions(doc, () => { vision = addSection(doc, { title: 'Vision', kind: 'vision' }); })).toEqual([LOCAL_ORIGIN]);
    const risks = addSection(doc, { title: 'Risks', kind: 'risks' });
    addSection(doc, { title: 'Evidence', kind: 'evidence', after: vision });
    addSection(doc, { title: 'Preface', after: null });
    expect(titles(doc)).toEqual(['Preface', 'Vision', 'Evidence', 'Risks']);
    expect((sectionsMap(doc).get(risks) as Y.Map<unknown>).get('body')).toBeInstanceOf(Y.XmlFragment);
    expect(readSection(sectionsMap(doc).get(risks) as Y.Map<unknown>)).toMatchObject({ kind: 'risks', title: 'Risks' });
    expect(() => addSection(doc, { title: 'x', kind: 'poem' as never })).toThrow(/Kind must be one of/);
    expect(() => addSection(doc, { title: 'x', after: 'section:gone' })).toThrow(/no blueprint section/);
  });

  test('moveSection reorders in one transaction, clamping past the end', () => {
    const { doc } = newWorkshop();
    const ids = ['A', 'B', 'C', 'D'].map((title) => addSection(doc, { title }));
    expect(recordTransactions(doc, () => moveSection(doc, ids[3] as string, 0))).toEqual([LOCAL_ORIGIN]);
    expect(titles(doc)).toEqual(['D', 'A', 'B', 'C']);
    moveSection(doc, ids[3] as string, 99);
    expect(titles(doc)).toEqual(['A', 'B', 'C', 'D']);
    moveSection(doc, ids[0] as string, 2);
    expect(titles(doc)).toEqual(['B', 'C', 'A', 'D']);
    expect(recordTransactions(doc, () => moveSection(doc, ids[0] as string, 2))).toEqual([]);
    expect(() => moveSection(doc, ids[0] as string, -1)).toThrow(/whole number/);
    expect(() => moveSection(doc, 'section:gone', 0)).toThrow(/no blueprint section/);
  });

  test('many moves into the same gap renumber instead of losing order', () => {
    const { doc } = newWorkshop();
    const ids = ['A', 'B', 'C'].map((title) => addSection(doc, { title }));
    for (let i = 0; i < 80; i++) moveSection(doc, ids[i % 2 === 0 ? 2 : 1] as string, 1);
    expect(new Set(titles(doc))).toEqual(new Set(['A', 'B', 'C']));
    expect(titles(doc)[0]).toBe('A');
    const orders = sectionOrder(doc).map((p) => p.order);
    expect(new Set(orders).size).toBe(3);
  });

  test('rename and delete', () => {
    const { doc } = newWorkshop();
    const id = addSection(doc, { title: 'Vision' });
    expect(recordTransactions(doc, () => renameSection(doc, id, 'Vision and values'))).toEqual([LOCAL_ORIGIN]);
    expect(titles(doc)).toEqual(['Vision and values']);
    expect(() => renameSection(doc, id, '')).toThrow(/cannot be empty/);
    expect(recordTransactions(doc, () => deleteSection(doc, id))).toEqual([LOCAL_ORIGIN]);
    expect(titles(doc)).toEqual([]);
    expect(recordTransactions(doc, () => deleteSection(doc, id))).toEqual([]);
    expect(() => deleteSection(doc, 'section:gone')).toThrow(/no blueprint section/);
  });

  test('a section deleted while someone types in it keeps their words and can be restored', () => {
    const { doc } = newWorkshop();
    const id = addSection(doc, { title: 'Vision', kind: 'vision' });
    addSection(doc, { title: 'Risks', kind: 'risks' });
    const other = forkDoc(doc);
    // One laptop deletes the section while the other types into its body.
    deleteSection(doc, id);
    const body = (sectionsMap(other).get(id) as Y.Map<unknown>).get('body') as Y.XmlFragment;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Every child knows their social worker')]);
    body.insert(0, [paragraph]);
    syncDocs(doc, other);
    expect(titles(doc)).toEqual(['Risks']);
    expect(readSection(sectionsMap(doc).get(id) as Y.Map<unknown>).deletedAt).toEqual(expect.any(Number));
    restoreSection(doc, id);
    expect(titles(doc)).toEqual(['Vision', 'Risks']);
    const restored = (sectionsMap(doc).get(id) as Y.Map<unknown>).get('body') as Y.XmlFragment;
    expect(restored.toString()).toContain('Every child knows their social worker');
    expect(recordTransactions(doc, () => restoreSection(doc, id))).toEqual([]);
  });
});
