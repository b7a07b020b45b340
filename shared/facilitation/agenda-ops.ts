// Running the agenda: start a step (skip or go back), next, previous, add and
// remove steps. Only a facilitator or co-facilitator may; each op names the
// acting participant and checks their role in the document.
//
// Two facilitators changing the phase at the same moment: each op writes
// meta.agendaStep and meta.phase in one transaction. A Y.Map key set
// concurrently on two laptops resolves the same way everywhere (the write of
// the higher Yjs clientID wins), and both keys were written by the same two
// transactions, so every laptop ends on the same one of the two steps with
// its matching phase. facilitation/agenda-ops.test.ts proves it.
import * as Y from 'yjs';
import { newId } from '../doc/ids.js';
import { OpError } from '../doc/ops/op-error.js';
import { checkField, checkWords, newRecordMap, transactLocal } from '../doc/ops/util.js';
import { agendaMap, agendaStepRecord, metaMap, MAX_TITLE_LENGTH, type PhaseId } from '../doc/schema.js';
import { readMeta } from '../doc/read.js';
import { orderedSteps, readAgenda, type AgendaStep } from './agenda.js';
import { requireCan } from './actor.js';
import { STAGES, stageRule } from './stages.js';

const f = agendaStepRecord.fields;

export interface NewStep {
  readonly label: string;
  readonly stage: PhaseId;
  readonly prompt?: string;
  readonly minutes?: number;
  /** Put it after this step; at the end when absent. */
  readonly after?: string;
  /** What participants may do; the stage's defaults when absent. */
  readonly allowAdd?: boolean;
  readonly allowEditOwn?: boolean;
  readonly allowEditAll?: boolean;
  readonly allowVote?: boolean;
}

/** The values of a new step, checked; throws an OpError naming the bad field. */
export function checkStep(input: NewStep): Record<string, unknown> {
  if (typeof input !== 'object' || input === null) throw new OpError('A step must be a set of fields.');
  const stage = checkField(f.stage, input.stage) as PhaseId;
  const rule = stageRule(stage);
  return {
    label: checkWords('step name', input.label, MAX_TITLE_LENGTH).trim(),
    stage,
    prompt: checkField(f.prompt, input.prompt ?? rule.prompt),
    minutes: checkField(f.minutes, input.minutes ?? rule.minutes),
    allowAdd: checkField(f.allowAdd, input.allowAdd ?? rule.allows.includes('add')),
    allowEditOwn: checkField(f.allowEditOwn, input.allowEditOwn ?? rule.allows.includes('editOwn')),
    allowEditAll: checkField(f.allowEditAll, input.allowEditAll ?? rule.allows.includes('editAll')),
    allowVote: checkField(f.allowVote, input.allowVote ?? rule.allows.includes('vote')),
  };
}

/** Writes steps (inside the caller's transaction) with the given ids, in order. */
export function writeSteps(doc: Y.Doc, steps: readonly { id: string; values: Record<string, unknown> }[], firstOrder = 1): void {
  const root = agendaMap(doc);
  steps.forEach((step, i) => {
    root.set(step.id, newRecordMap(agendaStepRecord, step.id, { ...step.values, order: firstOrder + i, createdAt: Date.now() }));
  });
}

/**
 * The standard agenda, with fixed ids: two laptops writing it at once (an old
 * document migrated on both) write the same records, not two agendas.
 */
export function standardSteps(): { id: string; values: Record<string, unknown> }[] {
  return STAGES.map((stage) => ({ id: `${agendaStepRecord.prefix}standard-${stage.id}`, values: checkStep({ label: stage.label, stage: stage.id }) }));
}

/** A workshop without an agenda gets the standard one (inside the caller's transaction). */
function ensureAgenda(doc: Y.Doc): void {
  if (orderedSteps(readAgenda(doc)).length === 0) writeSteps(doc, standardSteps());
}

function liveStep(doc: Y.Doc, stepId: unknown): AgendaStep {
  const step = typeof stepId === 'string' ? readAgenda(doc)[stepId] : undefined;
  if (!step || step.deletedAt !== null) throw new OpError('That step is no longer on the agenda.');
  return step;
}

function setCurrent(doc: Y.Doc, step: AgendaStep): void {
  const meta = metaMap(doc);
  meta.set('agendaStep', step.id);
  meta.set('phase', step.stage);
  // A new step starts with its own planned time, not yet running.
  meta.set('timerStartedAt', null);
  meta.set('timerSeconds', step.minutes * 60);
}

/** Starts any step on the agenda: skipping ahead or going back. */
export function startStep(doc: Y.Doc, actorId: string, stepId: string): void {
  requireCan(doc, actorId, 'facilitate');
  const step = liveStep(doc, stepId);
  transactLocal(doc, () => setCurrent(doc, step));
}

function move(doc: Y.Doc, actorId: string, by: 1 | -1): AgendaStep {
  requireCan(doc, actorId, 'facilitate');
  return transactLocal(doc, () => {
    ensureAgenda(doc);
    const steps = orderedSteps(readAgenda(doc));
    const current = readMeta(doc).agendaStep;
    const at = steps.findIndex((step) => step.id === current);
    // Not started yet: "next" starts the first step, and there is nothing before it.
    const target = at === -1 ? (by === 1 ? steps[0] : undefined) : steps[at + by];
    if (!target) throw new OpError(by === 1 ? 'This is the last step of the agenda.' : 'This is the first step of the agenda.');
    setCurrent(doc, target);
    return target;
  });
}

export const nextStep = (doc: Y.Doc, actorId: string): AgendaStep => move(doc, actorId, 1);
export const previousStep = (doc: Y.Doc, actorId: string): AgendaStep => move(doc, actorId, -1);

/** Adds a step to the agenda; returns its id. */
export function addStep(doc: Y.Doc, actorId: string, input: NewStep): string {
  requireCan(doc, actorId, 'facilitate');
  const values = checkStep(input);
  const id = newId(agendaStepRecord.prefix);
  return transactLocal(doc, () => {
    ensureAgenda(doc);
    const steps = orderedSteps(readAgenda(doc));
    const at = input.after === undefined ? steps.length - 1 : steps.findIndex((step) => step.id === input.after);
    if (input.after !== undefined && at === -1) throw new OpError('The step to add after is no longer on the agenda.');
    const before = steps[at]?.order ?? 0;
    const next = steps[at + 1]?.order;
    const order = next === undefined ? before + 1 : (before + next) / 2;
    agendaMap(doc).set(id, newRecordMap(agendaStepRecord, id, { ...values, order, createdAt: Date.now() }));
    return id;
  });
}

/** Takes a step off the agenda (restorable); the running step cannot be removed. */
export function removeStep(doc: Y.Doc, actorId: string, stepId: string): void {
  requireCan(doc, actorId, 'facilitate');
  const step = liveStep(doc, stepId);
  if (readMeta(doc).agendaStep === step.id) throw new OpError('This step is running: move to another step before removing it.');
  const map = agendaMap(doc).get(step.id);
  transactLocal(doc, () => map?.set('deletedAt', Date.now()));
}

export function restoreStep(doc: Y.Doc, actorId: string, stepId: string): void {
  requireCan(doc, actorId, 'facilitate');
  const map = agendaMap(doc).get(stepId);
  if (!(map instanceof Y.Map)) throw new OpError('That step is not in this workshop.');
  transactLocal(doc, () => map.set('deletedAt', null));
}
