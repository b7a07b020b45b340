import type * as Y from 'yjs';
import { newId } from '../ids.js';
import { MAX_NAME_LENGTH, participantRecord, participantsMap, type RoleId } from '../schema.js';
import { OpError } from './op-error.js';
import { checkField, checkPatch, checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

export interface NewParticipant {
  readonly displayName: string;
  readonly role: RoleId;
  /** Reuse a known id (a laptop rejoining); otherwise a new one is made. */
  readonly id?: string;
}

export interface ParticipantPatch {
  readonly displayName?: string;
  readonly role?: RoleId;
}

const f = participantRecord.fields;

export function addParticipant(doc: Y.Doc, input: NewParticipant): string {
  const displayName = checkWords('display name', input.displayName, MAX_NAME_LENGTH);
  const role = checkField(f.role, input.role);
  const id = input.id ?? newId(participantRecord.prefix);
  const root = participantsMap(doc);
  if (typeof id !== 'string' || !id.startsWith(participantRecord.prefix) || id.length > 64) {
    throw new OpError(`A participant id must start with "${participantRecord.prefix}".`);
  }
  if (root.has(id)) throw new OpError('That participant is already in this workshop.');
  return transactLocal(doc, () => {
    root.set(id, newRecordMap(participantRecord, id, { displayName, role, createdAt: Date.now() }));
    return id;
  });
}

export function updateParticipant(doc: Y.Doc, id: string, patch: ParticipantPatch): void {
  const map = getRecord(doc, 'participant', id);
  const entries = checkPatch(f, patch, ['displayName', 'role'], 'participant');
  if (patch.displayName !== undefined) checkWords('display name', patch.displayName, MAX_NAME_LENGTH);
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
  });
}

/** Removes a participant; their blockers and votes stay (the work is the room's). */
export function removeParticipant(doc: Y.Doc, id: string): void {
  getRecord(doc, 'participant', id);
  transactLocal(doc, () => {
    participantsMap(doc).delete(id);
  });
}
