import type * as Y from 'yjs';
import { computeImpact, type ImpactChange } from '../../../../shared/blueprint/impact-model';
import {
  IMPACT_FIELDS, draftOf, impactField, parseNumber, validateImpactInputs, type ImpactDraft, type ImpactField, type ImpactFieldId,
} from '../../../../shared/blueprint/impact-inputs';
import { BLUEPRINT_2019_PRESET } from '../../../../shared/blueprint/impact-preset';
import { SAVING_SOURCES } from '../../../../shared/doc/blueprint-lists';
import type { StoredImpactInputs, TrackedChange } from '../../../../shared/doc/blueprint-types';
import { updateImpactInputs } from '../../../../shared/doc/ops';
import { announce } from '../../store/workshop-store';
import { formatInput } from './format';
import { ImpactResults } from './ImpactResults';
import { inOrder } from './order';
import { PresetPanel } from './PresetPanel';
import type { WriteResult } from './use-write';
import { ValueField } from './ValueField';

type Write = (fn: (doc: Y.Doc) => void) => WriteResult;

const GROUPS: { id: ImpactField['group']; legend: string }[] = [
  { id: 'staff', legend: 'Staff and cases' },
  { id: 'week', legend: 'A case holder\u2019s week, in hours' },
  { id: 'experience', legend: 'Experience, and where the time given back goes' },
];

const SUFFIX: Record<ImpactField['unit'], string> = { people: 'people', cases: 'cases', hours: 'hours', years: 'years', 'per cent': '%' };

export function draftFromStored(stored: StoredImpactInputs | null): ImpactDraft {
  return Object.fromEntries(IMPACT_FIELDS.map((f) => [f.id, stored ? stored[f.id] : null])) as unknown as ImpactDraft;
}

/** The tracker's changes that still count: not removed, not abandoned, with minutes saved. */
export function changesForModel(changes: Readonly<Record<string, TrackedChange>>): ImpactChange[] {
  return inOrder(changes)
    .filter((c) => c.deletedAt === null && c.decision !== 'abandon' && c.minutesSaved !== null && c.minutesSaved > 0)
    .map((c) => ({ label: c.title, minutesPerWeek: c.minutesSaved as number, from: c.savesFrom }));
}

/**
 * The workshop's own impact model beside the 2019 blueprint's. Each figure is
 * checked as it is typed: a value that makes no sense (negative staff, a week
 * over 168 hours, more managers than staff) is refused with its message at the
 * field and kept in the field; only sensible figures reach the document.
 */
export function ImpactPanel({ stored, changes, write }: {
  stored: StoredImpactInputs | null;
  changes: Readonly<Record<string, TrackedChange>>;
  write: Write;
}) {
  const draft = draftFromStored(stored);
  const modelChanges = changesForModel(changes);
  const check = validateImpactInputs(draft, modelChanges);
  const empty = IMPACT_FIELDS.every((f) => draft[f.id] === null);

  function commit(id: ImpactFieldId, text: string): WriteResult {
    const value = parseNumber(text);
    const merged = { ...draft, [id]: value };
    const result = validateImpactInputs(merged);
    const field = impactField(id);
    const own = result.ok ? undefined : result.errors[id]
      ?? (field.group === 'week' || id === 'contractedHours' ? result.errors.weekTotal : undefined)
      ?? (id === 'caseHolders' ? result.errors.managersBecomingCaseHolders : undefined);
    if (own) return own;
    return write((doc) => updateImpactInputs(doc, { [id]: value }));
  }

  return (
    <div className="impact">
      <h4>Our authority</h4>
      {empty && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => {
            const refused = write((doc) => updateImpactInputs(doc, draftOf(BLUEPRINT_2019_PRESET.inputs)));
            announce(refused ?? 'Filled in the 2019 blueprint\u2019s figures. Change them to your own.');
          }}>Start from the 2019 blueprint&rsquo;s figures</button>
        </p>
      )}
      <div className="impact-form">
        {GROUPS.map((group) => (
          <fieldset key={group.id} className="fieldset">
            <legend>{group.legend}</legend>
            {IMPACT_FIELDS.filter((f) => f.group === group.id).map((field) => (
              <ValueField
                key={field.id}
                label={field.label}
                hint={field.hint}
                kind="number"
                width="narrow"
                suffix={SUFFIX[field.unit]}
                value={formatInput(draft[field.id])}
                onCommit={(text) => commit(field.id, text)}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <h5>What these changes would give back</h5>
      {modelChanges.length === 0 ? (
        <p>No chosen change has its minutes saved yet: add them in the tracker (Chosen small changes).</p>
      ) : (
        <ul className="plain-list">
          {modelChanges.map((c, i) => (
            <li key={`${c.label}-${i}`}>
              {c.label}: {formatInput(c.minutesPerWeek)} minutes a week from {SAVING_SOURCES.find((s) => s.id === c.from)?.label.toLowerCase()}
              {!check.ok && check.changeErrors[i] && <span className="error-message">{check.changeErrors[i]}</span>}
            </li>
          ))}
        </ul>
      )}
      <div>
        {check.ok ? (
          <ImpactResults result={computeImpact(check.inputs)} caption="What the model gives for our authority" />
        ) : Object.keys(check.errors).length > 0 ? (
          <div className="error-summary" role="alert">
            <h5>These figures do not fit together yet</h5>
            <ul>{Object.entries(check.errors).map(([key, message]) => <li key={key}>{message}</li>)}</ul>
          </div>
        ) : (
          <p className="hint">The results appear when every figure is filled in ({check.missing.length} to go).</p>
        )}
      </div>
      <PresetPanel />
    </div>
  );
}
