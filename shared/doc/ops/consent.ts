// The consent round for the final choice: a proposed idea passes unless someone
// raises a principled objection; each objection is recorded with its reason and
// must be resolved (the proposal changed) or noted (it goes ahead, on record)
// before consent is recorded.
import type * as Y from 'yjs';
import { newId } from '../ids.js';
import { MAX_NOTE_LENGTH, objectionRecord, objectionsMap, type ConsentStateId } from '../schema.js';
import { OpError } from './op-error.js';
import { checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

/** Proposes ideas for consent; ideas already agreed stay agreed. Returns the ids proposed. */
export function proposeForConsent(doc: Y.Doc, ideaIds: readonly string[]): string[] {
  if (!Array.isArray(ideaIds) || ideaIds.length === 0) throw new OpError('Choose at least one idea to propose.');
  const maps = [...new Set(ideaIds)].map((id) => [id, getRecord(doc, 'idea', id)] as const);
  const proposed = maps.filter(([, map]) => map.get('consent') !== 'agreed' && map.get('consent') !== 'proposed');
  if (proposed.length === 0) return [];
  transactLocal(doc, () => {
    for (const [, map] of proposed) map.set('consent', 'proposed');
  });
  return proposed.map(([id]) => id);
}

export interface NewObjection {
  readonly ideaId: string;
  readonly raisedBy: string;
  readonly reason: string;
}

export function raiseObjection(doc: Y.Doc, input: NewObjection): string {
  const idea = getRecord(doc, 'idea', input.ideaId);
  getRecord(doc, 'participant', input.raisedBy);
  if (idea.get('consent') !== 'proposed') throw new OpError('Objections can only be raised while an idea is proposed for consent.');
  const reason = checkWords('reason for the objection', input.reason, MAX_NOTE_LENGTH).trim();
  const id = newId(objectionRecord.prefix);
  return transactLocal(doc, () => {
    objectionsMap(doc).set(id, newRecordMap(objectionRecord, id, { ideaId: input.ideaId, raisedBy: input.raisedBy, reason, createdAt: Date.now() }));
    return id;
  });
}

/** Records how an objection was resolved, or notes it so the idea can go ahead with it on record. */
export function settleObjection(doc: Y.Doc, id: string, outcome: { status: 'resolved' | 'noted'; response: string }): void {
  const map = getRecord(doc, 'objection', id);
  if (outcome.status !== 'resolved' && outcome.status !== 'noted') throw new OpError('An objection is either resolved or noted.');
  const what = outcome.status === 'resolved' ? 'how the objection was resolved' : 'why the objection is noted';
  const response = checkWords(what, outcome.response, MAX_NOTE_LENGTH).trim();
  if (map.get('status') !== 'open') throw new OpError('That objection has already been resolved or noted.');
  transactLocal(doc, () => {
    map.set('status', outcome.status);
    map.set('response', response);
    map.set('settledAt', Date.now());
  });
}

/** Objections still open against one idea. */
export function openObjections(doc: Y.Doc, ideaId: string): string[] {
  const out: string[] = [];
  for (const [id, map] of objectionsMap(doc).entries()) {
    if (map.get('ideaId') === ideaId && (map.get('status') ?? 'open') === 'open') out.push(id);
  }
  return out.sort();
}

function setConsent(doc: Y.Doc, ideaId: string, from: ConsentStateId, to: ConsentStateId, message: string): void {
  const map = getRecord(doc, 'idea', ideaId);
  if (map.get('consent') !== from) throw new OpError(message);
  transactLocal(doc, () => map.set('consent', to));
}

/** Records consent: the idea is agreed, once no objection to it is open. */
export function recordConsent(doc: Y.Doc, ideaId: string): void {
  getRecord(doc, 'idea', ideaId);
  const open = openObjections(doc, ideaId).length;
  if (open > 0) {
    throw new OpError(`${open} ${open === 1 ? 'objection is' : 'objections are'} still open: resolve or note ${open === 1 ? 'it' : 'each one'} before recording consent.`);
  }
  setConsent(doc, ideaId, 'proposed', 'agreed', 'Only an idea proposed for consent can be agreed.');
}

/** Takes a proposal off the table (the room chose not to go ahead with it now). */
export function withdrawProposal(doc: Y.Doc, ideaId: string): void {
  setConsent(doc, ideaId, 'proposed', 'withdrawn', 'Only an idea proposed for consent can be withdrawn.');
}

/** Reopens an agreed idea for consent (a decision reviewed later, as consent allows). */
export function reviewConsent(doc: Y.Doc, ideaId: string): void {
  setConsent(doc, ideaId, 'agreed', 'proposed', 'Only an agreed idea can be reviewed.');
}
