import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../shared/doc/origin';
import { addBlocker, updateMeta } from '../../../shared/doc/ops';
import { blockersMap } from '../../../shared/doc/schema';
import { UndoHistory, undoRoots } from '../../../shared/doc/undo-history';
import { newWorkshop } from '../../../test/helpers/workshop-doc';
import { sessionWriter } from './session-writer';

const creator = (doc: Y.Doc, id: string) => (blockersMap(doc)._map.get(id) as Y.Item).id.client;

describe('sessionWriter', () => {
  it('writes as this laptop in a named workshop, and under a throwaway identity once it is anonymous', async () => {
    const { doc } = newWorkshop();
    const undo = new UndoHistory();
    undo.add(new Y.UndoManager(undoRoots(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 }));
    const writer = sessionWriter(doc, undo);

    const named = writer.write((d) => addBlocker(d, { text: 'Named note' }));
    expect(creator(doc, named)).toBe(doc.clientID);

    updateMeta(doc, { anonymous: true });
    await new Promise((resolve) => setTimeout(resolve, 5)); // made ahead, off the moment of the first write
    const hidden = writer.write((d) => addBlocker(d, { text: 'Anonymous note' }));
    expect(creator(doc, hidden)).not.toBe(doc.clientID);

    // One undo history over both: the anonymous note first, then the switch, then the named note.
    expect(undo.undo()).toBe(true);
    expect(blockersMap(doc).has(hidden)).toBe(false);
    expect(undo.undo()).toBe(true);
    expect(undo.undo()).toBe(true);
    expect(blockersMap(doc).has(named)).toBe(false);
    writer.destroy();
    undo.destroy();
  });
});
