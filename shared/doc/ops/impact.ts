// The workshop's own impact-model inputs. Each value is checked alone (the
// schema) and together with the others (validateImpactInputs), so the model
// never stores a combination it would refuse to compute.
import * as Y from 'yjs';
import { validateImpactInputs, type ImpactDraft, type ImpactErrorKey, type ImpactFieldId } from '../../blueprint/impact-inputs.js';
import { IMPACT_MODEL_ID, impactModelRecord, impactModelsMap } from '../schema.js';
import { readImpactInputs } from '../read-blueprint.js';
import { OpError } from './op-error.js';
import { checkPatch, newRecordMap, transactLocal } from './util.js';

export type ImpactPatch = Partial<ImpactDraft>;

const FIELDS = Object.keys(impactModelRecord.fields).filter((name) => name !== 'createdAt') as ImpactFieldId[];
const WEEK: readonly ImpactFieldId[] = ['contractedHours', 'directHours', 'travelHours', 'recordingHours', 'meetingHours', 'supervisionHours'];

/** Creates the impact model's record with every input empty, if it is not there yet. Returns whether it did. */
export function ensureImpactModel(doc: Y.Doc): boolean {
  if (impactModelsMap(doc).get(IMPACT_MODEL_ID) instanceof Y.Map) return false;
  transactLocal(doc, () => {
    impactModelsMap(doc).set(IMPACT_MODEL_ID, newRecordMap(impactModelRecord, IMPACT_MODEL_ID, { createdAt: Date.now() }));
  });
  return true;
}

/** The stored inputs as a draft (null where nobody has entered one). */
export function storedImpactDraft(doc: Y.Doc): ImpactDraft {
  const map = impactModelsMap(doc).get(IMPACT_MODEL_ID);
  const stored = map instanceof Y.Map ? readImpactInputs(map) : null;
  return Object.fromEntries(FIELDS.map((id) => [id, stored ? stored[id] : null])) as unknown as ImpactDraft;
}

/** The error keys a patch is answerable for: its own fields and the checks that span them. */
function keysTouched(fields: readonly ImpactFieldId[]): Set<ImpactErrorKey> {
  const keys = new Set<ImpactErrorKey>(fields);
  if (fields.some((f) => WEEK.includes(f))) keys.add('weekTotal');
  if (fields.includes('caseHolders')) keys.add('managersBecomingCaseHolders');
  return keys;
}

/**
 * Sets some inputs (null clears one). Refused with the field's message when a
 * value makes no sense alone or with the others; then nothing is written.
 */
export function updateImpactInputs(doc: Y.Doc, patch: ImpactPatch): void {
  const entries = checkPatch(impactModelRecord.fields, patch, FIELDS, 'impact model') as [ImpactFieldId, number | null][];
  if (entries.length === 0) return;
  const merged: ImpactDraft = { ...storedImpactDraft(doc), ...Object.fromEntries(entries) };
  const check = validateImpactInputs(merged);
  if (!check.ok) {
    for (const key of keysTouched(entries.map(([name]) => name))) {
      const message = check.errors[key];
      if (message) throw new OpError(message);
    }
  }
  const existing = impactModelsMap(doc).get(IMPACT_MODEL_ID);
  if (!(existing instanceof Y.Map)) {
    transactLocal(doc, () => {
      impactModelsMap(doc).set(IMPACT_MODEL_ID, newRecordMap(impactModelRecord, IMPACT_MODEL_ID, { ...Object.fromEntries(entries), createdAt: Date.now() }));
    });
    return;
  }
  const changed = entries.filter(([name, value]) => (existing.get(name) ?? null) !== value);
  if (changed.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of changed) existing.set(name, value);
  });
}
