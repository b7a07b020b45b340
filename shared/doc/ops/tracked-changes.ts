// The tracker of chosen small changes: plan (owner, first step, dates, measure,
// baseline), do, study (result, learning), act (adopt, adapt or abandon).
import * as Y from 'yjs';
import { newId } from '../ids.js';
import {
  MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, trackedChangeRecord, trackedChangesMap,
  type ChangeDecisionId, type SavingSourceId,
} from '../schema.js';
import { checkOptionalWords, editTextField, orderAfterLast, ruleFor, type TextFieldRule } from './blueprint-util.js';
import { checkField, checkPatch, checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

export type TrackedChangeTextField = 'title' | 'firstStep' | 'measure' | 'baseline' | 'result' | 'learning';

export interface TrackedChangePatch {
  readonly owner?: string;
  /** YYYY-MM-DD or ''. */
  readonly startDate?: string;
  readonly reviewDate?: string;
  readonly decision?: ChangeDecisionId | null;
  readonly minutesSaved?: number | null;
  readonly savesFrom?: SavingSourceId;
}

export interface NewTrackedChange extends TrackedChangePatch {
  readonly title: string;
  readonly ideaId?: string | null;
  readonly firstStep?: string;
  readonly measure?: string;
}

const PATCHABLE = ['owner', 'startDate', 'reviewDate', 'decision', 'minutesSaved', 'savesFrom'] as const;

const TEXT_RULES: Readonly<Record<TrackedChangeTextField, TextFieldRule>> = {
  title: { what: 'change', max: MAX_TITLE_LENGTH * 4, optional: false },
  firstStep: { what: 'first step', max: MAX_NOTE_LENGTH, optional: true },
  measure: { what: 'measure', max: MAX_NOTE_LENGTH, optional: true },
  baseline: { what: 'baseline', max: MAX_NOTE_LENGTH, optional: true },
  result: { what: 'result', max: MAX_NOTE_LENGTH, optional: true },
  learning: { what: 'learning', max: MAX_NOTE_LENGTH, optional: true },
};

export function addTrackedChange(doc: Y.Doc, input: NewTrackedChange): string {
  const title = checkWords('change', input.title, TEXT_RULES.title.max);
  const { title: _t, ideaId = null, firstStep = '', measure = '', ...rest } = input;
  const entries = checkPatch(trackedChangeRecord.fields, rest, PATCHABLE, 'tracked change');
  const idea = checkField(trackedChangeRecord.fields.ideaId, ideaId);
  const words = {
    firstStep: checkOptionalWords(TEXT_RULES.firstStep.what, firstStep, TEXT_RULES.firstStep.max),
    measure: checkOptionalWords(TEXT_RULES.measure.what, measure, TEXT_RULES.measure.max),
  };
  const id = newId(trackedChangeRecord.prefix);
  const order = orderAfterLast(doc, 'trackedChange');
  return transactLocal(doc, () => {
    trackedChangesMap(doc).set(id, newRecordMap(trackedChangeRecord, id, {
      ...Object.fromEntries(entries), ...words, title, ideaId: idea, order, createdAt: Date.now(),
    }));
    return id;
  });
}

export function editTrackedChangeText(doc: Y.Doc, id: string, field: TrackedChangeTextField, text: string): void {
  editTextField(doc, 'trackedChange', id, field, text, ruleFor(TEXT_RULES, field, 'tracked change'));
}

export function updateTrackedChange(doc: Y.Doc, id: string, patch: TrackedChangePatch): void {
  const map = getRecord(doc, 'trackedChange', id);
  const entries = checkPatch(trackedChangeRecord.fields, patch, PATCHABLE, 'tracked change')
    .filter(([name, value]) => (map.get(name) ?? null) !== value);
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
  });
}

/** Removes a change from the tracker but keeps it restorable; seeding will not add its idea again. */
export function deleteTrackedChange(doc: Y.Doc, id: string): void {
  const map = getRecord(doc, 'trackedChange', id);
  if (typeof map.get('deletedAt') === 'number') return;
  transactLocal(doc, () => map.set('deletedAt', Date.now()));
}

export function restoreTrackedChange(doc: Y.Doc, id: string): void {
  const map = getRecord(doc, 'trackedChange', id);
  if ((map.get('deletedAt') ?? null) === null) return;
  transactLocal(doc, () => map.set('deletedAt', null));
}

/** The id of the tracked change seeded from an idea (deleted or not), or null. */
export function trackedChangeForIdea(doc: Y.Doc, ideaId: string): string | null {
  for (const [id, map] of trackedChangesMap(doc).entries()) {
    if (map instanceof Y.Map && map.get('ideaId') === ideaId) return id;
  }
  return null;
}
