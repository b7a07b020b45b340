// The impact model, before and after, with the assumptions behind it: the
// workshop's own inputs and the arithmetic the model uses.
import { IMPACT_FIELDS, validateImpactInputs, type ImpactDraft } from '../blueprint/impact-inputs.js';
import { computeImpact, type ImpactChange, type ImpactResult } from '../blueprint/impact-model.js';
import { SAVING_SOURCES } from '../doc/blueprint-lists.js';
import type { BlueprintSnapshot } from '../doc/blueprint-types.js';
import { inOrder } from './blueprint-blocks.js';
import { formatChange, formatOne, formatPercent, formatUpToOne, formatWhole } from './format.js';
import type { Block } from './model-types.js';

/** The tracker's changes that count in the model: not removed, not abandoned, with minutes saved. */
export function modelChanges(blueprint: BlueprintSnapshot): ImpactChange[] {
  return inOrder(blueprint.trackedChanges)
    .filter((c) => c.deletedAt === null && c.decision !== 'abandon' && c.minutesSaved !== null && c.minutesSaved > 0)
    .map((c) => ({ label: c.title || 'Untitled change', minutesPerWeek: c.minutesSaved as number, from: c.savesFrom }));
}

function draftOf(blueprint: BlueprintSnapshot): ImpactDraft {
  const stored = blueprint.impactInputs;
  return Object.fromEntries(IMPACT_FIELDS.map((f) => [f.id, stored ? stored[f.id] : null])) as unknown as ImpactDraft;
}

function resultTable(result: ImpactResult): Block {
  const { before, after, change } = result;
  const staffChange = before.caseHolders === 0 ? null : (after.caseHolders / before.caseHolders - 1) * 100;
  return {
    kind: 'table',
    table: {
      caption: 'The impact model: before and after the changes',
      head: ['Measure', 'Before', 'After', 'Change'],
      rows: [
        ['Time with children and families', formatPercent(before.timeWithFamiliesPercent), formatPercent(after.timeWithFamiliesPercent), formatChange(change.timeWithFamilies)],
        ['Direct work, hours a week', formatOne(before.directHoursPerWeek), formatOne(after.directHoursPerWeek), formatChange(change.timeWithFamilies)],
        ['Caseload (cases per case holder)', formatOne(before.caseload), formatOne(after.caseload), formatChange(change.caseload)],
        ['Supervision and reflection, hours a week', formatOne(before.supervisionHoursPerWeek), formatOne(after.supervisionHoursPerWeek), formatChange(change.supervision)],
        ['Average years of experience of case holders', formatOne(before.averageYearsExperience), formatOne(after.averageYearsExperience), formatChange(change.experience)],
        ['Case holders', formatWhole(before.caseHolders), formatWhole(after.caseHolders), formatChange(staffChange)],
      ],
      rowHeaders: true,
    },
  };
}

const RULES = [
  'Time with families is direct hours divided by contracted hours.',
  'Caseload is cases divided by case holders; after the change, managers who hold cases are counted too.',
  'The time a change gives back is capped at what the week spends on what it saves (no more travel can be saved than there is).',
  'The time given back is split between direct work and supervision by the share given below.',
  'Experience after the change is the average of staff and managers, weighted by how many there are.',
];

export function impactBlocks(blueprint: BlueprintSnapshot): Block[] {
  const draft = draftOf(blueprint);
  const changes = modelChanges(blueprint);
  const check = validateImpactInputs(draft, changes);
  const blocks: Block[] = [];
  if (check.ok) {
    const result = computeImpact(check.inputs);
    blocks.push(resultTable(result));
    const notCounted = result.minutesNotCounted > 0
      ? ` ${formatWhole(result.minutesNotCounted)} minutes claimed are not counted: the week does not spend that much time on what they save.`
      : '';
    blocks.push({
      kind: 'paragraph',
      inlines: [{ text: `Each case holder gets back ${formatUpToOne(result.hoursGivenBackEach)} hours a week: ${formatUpToOne(result.hoursGivenBackInAll)} hours a week across all ${formatWhole(result.after.caseHolders)} case holders.${notCounted}` }],
    });
  } else {
    const missing = check.missing.length;
    blocks.push({
      kind: 'note',
      text: missing > 0
        ? `The impact model is not complete: ${missing} of its ${IMPACT_FIELDS.length} figures have not been entered, so it shows no results yet.`
        : 'The impact model\'s figures do not add up yet (see the blueprint screen), so it shows no results.',
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Assumptions' });
  blocks.push({
    kind: 'table',
    table: {
      caption: 'The figures the impact model starts from',
      head: ['Figure', 'Value'],
      rows: IMPACT_FIELDS.map((f) => {
        const v = draft[f.id];
        return [f.label, v === null ? 'Not entered' : `${formatUpToOne(v)} ${f.unit === 'per cent' ? 'per cent' : f.unit}`];
      }),
      rowHeaders: true,
    },
  });
  if (changes.length > 0) {
    blocks.push({
      kind: 'table',
      table: {
        caption: 'Time each change gives back to each case holder',
        head: ['Change', 'Minutes a week', 'Saved from'],
        rows: changes.map((c) => [c.label, formatUpToOne(c.minutesPerWeek), SAVING_SOURCES.find((s) => s.id === c.from)?.label ?? c.from]),
        rowHeaders: true,
      },
    });
  }
  blocks.push({ kind: 'list', ordered: false, items: RULES.map((text) => ({ level: 0, inlines: [{ text }] })) });
  return blocks;
}
