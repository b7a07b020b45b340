import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addBlocker, addParticipant, createWorkshop, OpError } from '../../../shared/doc/ops';
import { setBoardLocked } from '../../../shared/facilitation/room-ops';
import { readWorkshop } from '../../../shared/doc/read';
import { initialWorkshopState, useWorkshopStore } from '../store/workshop-store';
import { requireMayChangeNotes } from './may-change-notes';

function showWorkshop(doc: Y.Doc): void {
  useWorkshopStore.setState({ ...initialWorkshopState, workshopId: 'workshop:test', snapshot: readWorkshop(doc) });
}

describe('requireMayChangeNotes', () => {
  afterEach(() => useWorkshopStore.setState(initialWorkshopState));

  it('lets notes be changed while the board is open', () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'S', localAuthority: 'LA' });
    const id = addBlocker(doc, { text: 'Forms typed twice' });
    showWorkshop(doc);
    expect(() => requireMayChangeNotes([id])).not.toThrow();
  });

  it('refuses with the reason when the facilitator has locked the board', () => {
    const doc = new Y.Doc();
    createWorkshop(doc, { title: 'S', localAuthority: 'LA' });
    const id = addBlocker(doc, { text: 'Forms typed twice' });
    const facilitator = addParticipant(doc, { displayName: 'Sam', role: 'facilitator' });
    setBoardLocked(doc, facilitator, true);
    showWorkshop(doc);
    expect(() => requireMayChangeNotes([id])).toThrow(OpError);
    expect(() => requireMayChangeNotes([id])).toThrow('The facilitator has locked the board for now.');
  });
});
