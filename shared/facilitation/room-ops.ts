// The facilitator's room controls held in the document: the shared timer, the
// board lock and follow me, plus roles and handing over facilitation.
import type * as Y from 'yjs';
import { OpError } from '../doc/ops/op-error.js';
import { checkField, transactLocal } from '../doc/ops/util.js';
import { metaFields, metaMap, participantRecord, participantsMap, type RoleId } from '../doc/schema.js';
import { readMeta } from '../doc/read.js';
import { actingParticipant, requireCan } from './actor.js';
import { isFollowView, type FollowView } from './stages.js';

const MAX_TIMER_SECONDS = 6 * 60 * 60;

function checkSeconds(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TIMER_SECONDS) {
    throw new OpError('Set the timer to a whole number of seconds between 1 second and 6 hours.');
  }
  return seconds;
}

/**
 * Starts the shared timer. `hostNow` is the host's clock as this laptop
 * measures it (clock.ts), so every laptop counts down from the same instant.
 */
export function startTimer(doc: Y.Doc, actorId: string, seconds: number, hostNow: number): void {
  requireCan(doc, actorId, 'facilitate');
  const length = checkSeconds(seconds);
  const start = checkField(metaFields.timerStartedAt, Math.round(hostNow));
  transactLocal(doc, () => {
    metaMap(doc).set('timerSeconds', length);
    metaMap(doc).set('timerStartedAt', start);
  });
}

export function stopTimer(doc: Y.Doc, actorId: string): void {
  requireCan(doc, actorId, 'facilitate');
  transactLocal(doc, () => metaMap(doc).set('timerStartedAt', null));
}

/** Adds (or with a negative number, takes off) time from the timer's length. */
export function addTimerTime(doc: Y.Doc, actorId: string, seconds: number): void {
  requireCan(doc, actorId, 'facilitate');
  if (typeof seconds !== 'number' || !Number.isInteger(seconds)) throw new OpError('Add a whole number of seconds.');
  const length = Math.min(MAX_TIMER_SECONDS, Math.max(1, readMeta(doc).timerSeconds + seconds));
  transactLocal(doc, () => metaMap(doc).set('timerSeconds', length));
}

export function setBoardLocked(doc: Y.Doc, actorId: string, locked: boolean): void {
  requireCan(doc, actorId, 'facilitate');
  const value = checkField(metaFields.boardLocked, locked);
  transactLocal(doc, () => metaMap(doc).set('boardLocked', value));
}

export interface FollowRequest {
  readonly view: FollowView;
  /** A note, theme or idea to spotlight, or '' for the view itself. */
  readonly target?: string;
}

const SPOTLIGHT_PREFIXES = ['blocker:', 'theme:', 'idea:'];

/** Brings everyone (who has not stepped out) to this view or spotlighted record. */
export function followMe(doc: Y.Doc, actorId: string, request: FollowRequest, now: number = Date.now()): void {
  requireCan(doc, actorId, 'facilitate');
  if (!isFollowView(request?.view)) throw new OpError('Choose a view to bring everyone to: board, ideas, vote or blueprint.');
  const target = request.target ?? '';
  if (target !== '' && (!SPOTLIGHT_PREFIXES.some((p) => target.startsWith(p)) || target.length > 64)) {
    throw new OpError('Only a note, a theme or an idea can be spotlighted.');
  }
  transactLocal(doc, () => {
    const meta = metaMap(doc);
    meta.set('followView', request.view);
    meta.set('followTarget', target);
    meta.set('followAt', Math.max(Math.round(now), readMeta(doc).followAt + 1));
  });
}

/** Lets everyone move freely again. */
export function stopFollowMe(doc: Y.Doc, actorId: string): void {
  requireCan(doc, actorId, 'facilitate');
  transactLocal(doc, () => {
    metaMap(doc).set('followView', '');
    metaMap(doc).set('followTarget', '');
  });
}

/** Changes someone's role. Making someone facilitator goes through handOverFacilitation. */
export function setRole(doc: Y.Doc, actorId: string, participantId: string, role: RoleId): void {
  const actor = requireCan(doc, actorId, 'assignRoles');
  const next = checkField(participantRecord.fields.role, role) as RoleId;
  const target = actingParticipant(doc, participantId);
  if (target.id === actor.id) throw new OpError('You cannot change your own role: hand over facilitation instead.');
  if (next === 'facilitator') throw new OpError('To make someone the facilitator, hand over facilitation to them.');
  transactLocal(doc, () => participantsMap(doc).get(target.id)?.set('role', next));
}

/** The facilitator hands over: the other person becomes facilitator, the actor co-facilitator. */
export function handOverFacilitation(doc: Y.Doc, actorId: string, toId: string): void {
  const actor = requireCan(doc, actorId, 'assignRoles');
  const to = actingParticipant(doc, toId);
  if (to.id === actor.id) throw new OpError('You are already the facilitator.');
  if (to.role === 'observer') throw new OpError(`${to.displayName} is an observer: make them a co-facilitator or practitioner first.`);
  transactLocal(doc, () => {
    participantsMap(doc).get(to.id)?.set('role', 'facilitator');
    participantsMap(doc).get(actor.id)?.set('role', 'co-facilitator');
  });
}
