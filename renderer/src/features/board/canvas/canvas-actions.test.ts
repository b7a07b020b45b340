import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import { groupMoves } from '../../../../../shared/board/selection';
import { LOCAL_ORIGIN } from '../../../../../shared/doc/origin';
import { addBlocker, createWorkshop } from '../../../../../shared/doc/ops';
import { readBlocker, readWorkshop } from '../../../../../shared/doc/read';
import { blockersMap } from '../../../../../shared/doc/schema';
import { UndoHistory, undoRoots } from '../../../../../shared/doc/undo-history';
import { initialWorkshopState, useWorkshopStore } from '../../../store/workshop-store';
import type { WorkshopSession } from '../../../workshop/session';
import { sessionWriter } from '../../../workshop/session-writer';
import { arrangeNotesAction, moveNotesAction } from './canvas-actions';

/** A session as the app opens one (workshop/session.ts): its undo covers this person's own steps only. */
function session(anonymous = false): WorkshopSession & { manager: Y.UndoManager } {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Undo test', localAuthority: 'Testshire', anonymous });
  // The board is open (no agenda, no lock): the permission check finds the workshop in the mirror.
  useWorkshopStore.setState({ ...initialWorkshopState, workshopId: 'workshop:test', snapshot: readWorkshop(doc) });
  const undo = new UndoHistory();
  const manager = new Y.UndoManager(undoRoots(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  undo.add(manager);
  const writer = sessionWriter(doc, undo);
  return { id: 'workshop:test', doc, undo, manager, write: writer.write, awareness: new Awareness(doc), close: async () => undefined };
}

/** Notes written straight to the doc, then the history forgotten: the tests start from a clean slate. */
function seed(s: ReturnType<typeof session>, places: { x: number; y: number }[]): string[] {
  const ids = places.map((p, i) => addBlocker(s.doc, { text: `Note ${i}`, ...p }));
  s.manager.clear();
  return ids;
}

function positions(s: WorkshopSession, ids: string[]) {
  return ids.map((id) => {
    const note = readBlocker(blockersMap(s.doc).get(id) as Y.Map<unknown>);
    return { x: note.x, y: note.y };
  });
}

describe('canvas actions', () => {
  it('drops a dragged multi-selection as one undo step', () => {
    const s = session();
    const ids = seed(s, [0, 1, 2].map((i) => ({ x: i * 240, y: 20 })));
    const before = positions(s, ids);
    const notes = ids.map((id, i) => ({ id, ...before[i]! }));
    moveNotesAction.perform(s, { moves: groupMoves(notes, 75, 140) });
    expect(positions(s, ids)).toEqual(before.map((p) => ({ x: p.x + 75, y: p.y + 140 })));
    expect(s.manager.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(positions(s, ids)).toEqual(before);
    expect(s.undo.canUndo()).toBe(false);
    s.undo.redo();
    expect(positions(s, ids)).toEqual(before.map((p) => ({ x: p.x + 75, y: p.y + 140 })));
  });

  it('arranges in one step too', () => {
    const s = session();
    const ids = seed(s, [0, 1, 2, 3].map((i) => ({ x: 1000 - i * 200, y: i * 333 })));
    const before = positions(s, ids);
    arrangeNotesAction.perform(s, { notes: ids.map((id, i) => ({ id, ...before[i]! })) });
    const after = positions(s, ids);
    expect(new Set(after.map((p) => `${p.x},${p.y}`)).size).toBe(4);
    expect(s.manager.undoStack).toHaveLength(1);
    s.undo.undo();
    expect(positions(s, ids)).toEqual(before);
  });

  it('refuses a move to a place that is not a number, changing nothing', () => {
    const s = session();
    const [id] = seed(s, [{ x: 10, y: 10 }]) as [string];
    expect(() => moveNotesAction.perform(s, { moves: [{ id, x: Number.NaN, y: 5 }] })).toThrow(/position across the board/);
    expect(() => moveNotesAction.perform(s, { moves: [{ id: 'blocker:missing', x: 1, y: 1 }] })).toThrow();
    expect(positions(s, [id])).toEqual([{ x: 10, y: 10 }]);
    expect(s.undo.canUndo()).toBe(false);
  });

  it('keeps a group drop one step in an anonymous workshop too', () => {
    const s = session(true);
    const ids = seed(s, [{ x: 0, y: 0 }, { x: 300, y: 0 }]);
    const before = positions(s, ids);
    moveNotesAction.perform(s, { moves: groupMoves(ids.map((id, i) => ({ id, ...before[i]! })), 10, 500) });
    expect(positions(s, ids)).toEqual(before.map((p) => ({ x: p.x + 10, y: p.y + 500 })));
    expect(s.undo.undo()).toBe(true);
    expect(positions(s, ids)).toEqual(before);
    expect(s.undo.canUndo()).toBe(false);
  });
});
