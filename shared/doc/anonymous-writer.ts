// Anonymous writing. Every Yjs item carries the clientID of the doc that made
// it, and presence (awareness) is keyed by the same clientID, so a note written
// straight into the shared doc would name its laptop. Here every write runs in a
// shadow copy of the doc under a fresh random clientID (one per write: two
// writes of one person cannot be linked either), and the resulting update is
// merged into the shared doc. Undo and redo run in the shadow too, under a fresh
// clientID each time, so taking a step back cannot name anyone either.
import * as Y from 'yjs';
import * as random from 'lib0/random';
import { LOCAL_ORIGIN } from './origin.js';

/** Origin of updates the writer merges into the shared doc. */
export const ANONYMOUS_ORIGIN: unique symbol = Symbol('small-changes-anonymous');
const MIRROR_ORIGIN = Symbol('anonymous-writer-mirror');

export interface AnonymousWriterOptions {
  /** The roots whose changes the writer's undo history tracks (in the shadow). */
  // `any`: a Y.Map<T> is not assignable to AbstractType<unknown>.
  readonly undoScope: (doc: Y.Doc) => Y.AbstractType<any>[];
  /** ClientIDs that must never be used (the laptop's own; those seen in presence). */
  readonly avoid?: () => Iterable<number>;
}

export class AnonymousWriter {
  /** Writes never touch this doc directly: it only mirrors the shared doc. */
  private readonly shadow = new Y.Doc();
  readonly undo: Y.UndoManager;
  private destroyed = false;

  private readonly fromTarget = (update: Uint8Array, origin: unknown): void => {
    if (origin !== ANONYMOUS_ORIGIN) Y.applyUpdate(this.shadow, update, MIRROR_ORIGIN);
  };

  private readonly fromShadow = (update: Uint8Array, origin: unknown): void => {
    if (origin !== MIRROR_ORIGIN) Y.applyUpdate(this.target, update, ANONYMOUS_ORIGIN);
  };

  constructor(readonly target: Y.Doc, private readonly options: AnonymousWriterOptions) {
    this.shadow.gc = target.gc;
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(target), MIRROR_ORIGIN);
    this.rotateClientId();
    target.on('update', this.fromTarget);
    this.shadow.on('update', this.fromShadow);
    this.undo = new Y.UndoManager(options.undoScope(this.shadow), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  }

  /** Runs ops against the shadow under a fresh clientID; their changes reach the shared doc at once. */
  write<T>(fn: (doc: Y.Doc) => T): T {
    if (this.destroyed) throw new Error('This anonymous writer is closed.');
    this.rotateClientId();
    return fn(this.shadow);
  }

  /** Undoes this laptop's last anonymous step, under a fresh clientID. */
  undoStep(): boolean {
    this.rotateClientId();
    return this.undo.undo() !== null;
  }

  redoStep(): boolean {
    this.rotateClientId();
    return this.undo.redo() !== null;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.target.off('update', this.fromTarget);
    this.shadow.off('update', this.fromShadow);
    this.undo.destroy();
    this.shadow.destroy();
  }

  /** A clientID no one has used in this doc, that is not this laptop's and not in presence. */
  private rotateClientId(): void {
    const avoid = new Set<number>([this.target.clientID, ...(this.options.avoid?.() ?? [])]);
    let id: number;
    do id = random.uint32();
    while (avoid.has(id) || this.target.store.clients.has(id) || this.shadow.store.clients.has(id));
    this.shadow.clientID = id;
  }
}
