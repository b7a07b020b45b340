// The acting participant of a facilitation op, checked against the document.
import type * as Y from 'yjs';
import { OpError } from '../doc/ops/op-error.js';
import { readMeta, readParticipant } from '../doc/read.js';
import { participantsMap } from '../doc/schema.js';
import type { Participant } from '../doc/types.js';
import { readAgenda } from './agenda.js';
import { can, type Action } from './permissions.js';

export function actingParticipant(doc: Y.Doc, actorId: unknown): Participant {
  if (typeof actorId !== 'string' || actorId === '') throw new OpError('No participant was given for this change.');
  const map = participantsMap(doc).get(actorId);
  if (!map) throw new OpError('You are not in this workshop yet: add your name first.');
  return { ...readParticipant(map), id: actorId };
}

/** Refuses (with the reason can() gives) unless the actor may do this now. */
export function requireCan(doc: Y.Doc, actorId: unknown, action: Action): Participant {
  const actor = actingParticipant(doc, actorId);
  const verdict = can(action, { meta: readMeta(doc), agenda: readAgenda(doc) }, actor);
  if (!verdict.ok) throw new OpError(verdict.reason);
  return actor;
}
