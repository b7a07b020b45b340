// Reading the agenda: the steps in order, the current one, and what it allows.
import * as Y from 'yjs';
import { readRecord } from '../doc/read.js';
import { agendaMap, agendaStepRecord, type RecordMap } from '../doc/schema.js';
import type { WorkshopMeta } from '../doc/types.js';
import { PHASE_PERMISSIONS, type PhasePermission } from './stages.js';
import type { TemplateStep } from './templates.js';

/** A template's step as the workshop holds it: with its id, its place, and when it was removed. */
export interface AgendaStep extends TemplateStep {
  readonly id: string;
  readonly order: number;
  readonly createdAt: number;
  readonly deletedAt: number | null;
}

export type Agenda = Readonly<Record<string, AgendaStep>>;

/** What permissions() and the agenda controls need: the workshop details and its agenda records. */
export interface FacilitationView {
  readonly meta: WorkshopMeta;
  readonly agenda: Agenda;
}

export const readAgendaStep = (map: RecordMap): AgendaStep => readRecord(agendaStepRecord, map) as unknown as AgendaStep;

export function readAgenda(doc: Y.Doc): Agenda {
  const out: Record<string, AgendaStep> = {};
  for (const [id, map] of agendaMap(doc).entries()) if (map instanceof Y.Map) out[id] = { ...readAgendaStep(map), id };
  return out;
}

/** The steps still on the agenda, in running order (order, then id, so every laptop agrees). */
export function orderedSteps(agenda: Agenda): AgendaStep[] {
  return Object.values(agenda)
    .filter((step) => step.deletedAt === null)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The running step, or null when the agenda has not started (or the step was removed). */
export function currentStep(view: FacilitationView): AgendaStep | null {
  const id = view.meta.agendaStep;
  const step = id ? view.agenda[id] : undefined;
  return step && step.deletedAt === null ? step : null;
}

/**
 * What participants may do now: the running step's flags. Before the
 * facilitator starts the agenda (or in a workshop never run phase by phase)
 * nothing is closed by phase, as before phases existed; roles and the lock still apply.
 */
export function openPermissions(view: FacilitationView): ReadonlySet<PhasePermission> {
  const step = currentStep(view);
  if (!step) return new Set(PHASE_PERMISSIONS);
  const open = new Set<PhasePermission>();
  if (step.allowAdd) open.add('add');
  if (step.allowEditOwn) open.add('editOwn');
  if (step.allowEditAll) open.add('editAll');
  if (step.allowVote) open.add('vote');
  return open;
}

export const NOT_STARTED_LABEL = 'Agenda not started';

/** The name the room sees for the current phase. */
export function currentLabel(view: FacilitationView): string {
  return currentStep(view)?.label ?? NOT_STARTED_LABEL;
}
