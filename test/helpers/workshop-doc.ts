// Helpers for tests of the workshop document (shared/doc).
import * as Y from 'yjs';
import { addParticipant, createWorkshop } from '../../shared/doc/ops/index.js';

/** A new workshop doc with one facilitator; returns the doc and the participant id. */
export function newWorkshop(): { doc: Y.Doc; me: string } {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Time with families', localAuthority: 'Anyshire', date: '2026-03-04' });
  const me = addParticipant(doc, { displayName: 'Sam', role: 'facilitator' });
  return { doc, me };
}

/** Runs fn and records every transaction it made (count and origins). */
export function recordTransactions(doc: Y.Doc, fn: () => void): unknown[] {
  const origins: unknown[] = [];
  const listener = (tr: Y.Transaction): void => {
    origins.push(tr.origin);
  };
  doc.on('afterTransaction', listener);
  try {
    fn();
  } finally {
    doc.off('afterTransaction', listener);
  }
  return origins;
}

/** Exchanges full state both ways so a and b converge. */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A copy of a doc with its own client id. */
export function forkDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
