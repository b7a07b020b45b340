// One undo history over several Y.UndoManagers (the shared doc's own, and the
// anonymous writer's): Ctrl+Z takes back this person's latest step wherever it
// was made. Each manager already tracks only this laptop's origin, so a
// colleague's edit is never undone.
import type * as Y from 'yjs';
import {
  blockersMap, categoriesMap, decisionsMap, evidenceMap, ideasMap, impactModelsMap, metaMap, sectionsMap, supportTeamsMap,
  teamDesignsMap, teamRolesMap, themesMap, trackedChangesMap,
} from './schema.js';

/** The parts of the workshop a person's own undo covers (votes and presence are not undone). */
// `any`: a Y.Map<T> is not assignable to AbstractType<unknown>.
export function undoRoots(doc: Y.Doc): Y.AbstractType<any>[] {
  return [
    metaMap(doc), blockersMap(doc), themesMap(doc), ideasMap(doc), sectionsMap(doc), categoriesMap(doc),
    // The local blueprint's structured parts (its prose has the editor's own undo).
    decisionsMap(doc), supportTeamsMap(doc), teamRolesMap(doc), teamDesignsMap(doc), trackedChangesMap(doc), evidenceMap(doc), impactModelsMap(doc),
  ];
}

/** The events a Y.UndoManager emits that change what can be undone; `on`/`off` accept them for drop-in use. */
export type UndoHistoryEvent = 'stack-item-added' | 'stack-item-popped' | 'stack-cleared' | 'change';

const ORDER = Symbol('undo-history-order');

interface Entry {
  readonly manager: Y.UndoManager;
  readonly undo: () => boolean;
  readonly redo: () => boolean;
}

type StackEvent = { stackItem: { meta: Map<unknown, unknown> }; type: 'undo' | 'redo' };

export class UndoHistory {
  private readonly entries: Entry[] = [];
  private readonly listeners = new Set<() => void>();
  private counter = 0;

  /** Adds a manager; `undo`/`redo` default to the manager's own (the anonymous writer passes its own). */
  add(manager: Y.UndoManager, steps?: { undo: () => boolean; redo: () => boolean }): void {
    const entry: Entry = {
      manager,
      undo: steps?.undo ?? (() => manager.undo() !== null),
      redo: steps?.redo ?? (() => manager.redo() !== null),
    };
    this.entries.push(entry);
    manager.on('stack-item-added', (event: StackEvent) => {
      event.stackItem.meta.set(ORDER, ++this.counter);
      // A new step (not one being undone or redone) makes every redo stale, in every manager.
      if (event.type === 'undo' && !manager.undoing && !manager.redoing) {
        for (const other of this.entries) if (other.manager !== manager) other.manager.clear(false, true);
      }
      this.changed();
    });
    manager.on('stack-item-popped', () => this.changed());
    manager.on('stack-cleared', () => this.changed());
    this.changed();
  }

  remove(manager: Y.UndoManager): void {
    const index = this.entries.findIndex((entry) => entry.manager === manager);
    if (index >= 0) this.entries.splice(index, 1);
    this.changed();
  }

  canUndo(): boolean {
    return this.entries.some((entry) => entry.manager.canUndo());
  }

  canRedo(): boolean {
    return this.entries.some((entry) => entry.manager.canRedo());
  }

  /** Undoes the most recent step across all managers. */
  undo(): boolean {
    return this.latest('undoStack')?.undo() ?? false;
  }

  redo(): boolean {
    return this.latest('redoStack')?.redo() ?? false;
  }

  /** Called whenever what can be undone or redone may have changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Y.UndoManager-style listening: every event name means "what can be undone may have changed". */
  on(_event: UndoHistoryEvent, listener: () => void): void {
    this.listeners.add(listener);
  }

  off(_event: UndoHistoryEvent, listener: () => void): void {
    this.listeners.delete(listener);
  }

  /** Forgets every step (the session is closing). */
  destroy(): void {
    for (const entry of this.entries) entry.manager.destroy();
    this.entries.length = 0;
    this.listeners.clear();
  }

  private latest(stack: 'undoStack' | 'redoStack'): Entry | null {
    let best: Entry | null = null;
    let bestOrder = -1;
    for (const entry of this.entries) {
      const top = entry.manager[stack][entry.manager[stack].length - 1];
      const order = top ? Number(top.meta.get(ORDER) ?? 0) : -1;
      if (top && order > bestOrder) {
        best = entry;
        bestOrder = order;
      }
    }
    return best;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
