// Builds small workshops for the facilitation tests (not shipped: only tests import it).
import * as Y from 'yjs';
import { addParticipant, createWorkshop } from '../doc/ops/index.js';
import type { RoleId } from '../doc/seeded-lists.js';

export function roomDoc(roles: readonly RoleId[] = ['facilitator', 'practitioner', 'practitioner', 'leader', 'observer']) {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Team North', localAuthority: 'Anyshire' });
  const ids = roles.map((role, i) => addParticipant(doc, { displayName: `Person ${i + 1}`, role }));
  return { doc, ids };
}

export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
/** A workshop with a facilitator, a co-facilitator and a practitioner. */
export function addFacilitationFixture() {
  const { doc, ids } = roomDoc(['facilitator', 'co-facilitator', 'practitioner']);
  const [fac, co, pr] = ids as [string, string, string];
  return { doc, fac, co, pr };
}
