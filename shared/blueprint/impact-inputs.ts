// The impact model's form: its fields, how typed text becomes numbers, and the
// checks that refuse inputs that make no sense, with a message per field.
import { MINUTES_IN_WEEK } from '../doc/blueprint-lists.js';
import type { ImpactChange, ImpactInputs } from './impact-model.js';

export const HOURS_IN_WEEK = 168;
const MAX_PEOPLE = 1_000_000;

export type ImpactFieldId =
  | 'caseHolders' | 'managersBecomingCaseHolders' | 'totalCases' | 'contractedHours'
  | 'directHours' | 'travelHours' | 'recordingHours' | 'meetingHours' | 'supervisionHours'
  | 'yearsCaseHolders' | 'yearsManagers' | 'supervisionShare';

/** Where an error is shown: a field, or the week's split as a whole. */
export type ImpactErrorKey = ImpactFieldId | 'weekTotal';

export interface ImpactField {
  readonly id: ImpactFieldId;
  readonly label: string;
  readonly hint: string;
  readonly unit: 'people' | 'cases' | 'hours' | 'years' | 'per cent';
  readonly wholeNumber: boolean;
  readonly group: 'staff' | 'week' | 'experience';
}

export const IMPACT_FIELDS: readonly ImpactField[] = [
  { id: 'caseHolders', label: 'Case-holding staff', hint: 'Social workers who hold cases today.', unit: 'people', wholeNumber: true, group: 'staff' },
  { id: 'managersBecomingCaseHolders', label: 'Managers who become case holders', hint: 'Team managers and others who would hold cases in self-managed teams.', unit: 'people', wholeNumber: true, group: 'staff' },
  { id: 'totalCases', label: 'Total cases', hint: 'Open cases across those staff.', unit: 'cases', wholeNumber: true, group: 'staff' },
  { id: 'contractedHours', label: 'Contracted hours a week', hint: 'For one full-time case holder, often 37.', unit: 'hours', wholeNumber: false, group: 'week' },
  { id: 'directHours', label: 'Direct work with children and families', hint: 'Hours a week, face to face or on the phone with them.', unit: 'hours', wholeNumber: false, group: 'week' },
  { id: 'travelHours', label: 'Travel', hint: 'Hours a week.', unit: 'hours', wholeNumber: false, group: 'week' },
  { id: 'recordingHours', label: 'Recording, forms and sign-off', hint: 'Hours a week.', unit: 'hours', wholeNumber: false, group: 'week' },
  { id: 'meetingHours', label: 'Meetings', hint: 'Hours a week, other than supervision.', unit: 'hours', wholeNumber: false, group: 'week' },
  { id: 'supervisionHours', label: 'Supervision and reflection', hint: 'Hours a week, including team case discussion.', unit: 'hours', wholeNumber: false, group: 'week' },
  { id: 'yearsCaseHolders', label: 'Average years of experience of case holders', hint: 'Of the staff holding cases today.', unit: 'years', wholeNumber: false, group: 'experience' },
  { id: 'yearsManagers', label: 'Average years of experience of those managers', hint: 'Of the managers who would hold cases.', unit: 'years', wholeNumber: false, group: 'experience' },
  { id: 'supervisionShare', label: 'Share of time given back that goes to supervision', hint: 'Per cent; the rest goes to children and families.', unit: 'per cent', wholeNumber: false, group: 'experience' },
];

/** Each field as a number, null when not entered yet. */
export type ImpactDraft = Readonly<Record<ImpactFieldId, number | null>>;

export const EMPTY_DRAFT: ImpactDraft = Object.freeze(
  Object.fromEntries(IMPACT_FIELDS.map((f) => [f.id, null])) as Record<ImpactFieldId, null>,
);

/** Typed text as a number: '' is "not entered" (null); "1,550" reads as 1550; anything else is NaN. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

export type ImpactCheck =
  | { readonly ok: true; readonly inputs: ImpactInputs }
  | {
    readonly ok: false;
    /** A message per field that holds something wrong. */
    readonly errors: Readonly<Partial<Record<ImpactErrorKey, string>>>;
    /** Fields not entered yet (not an error: the results wait for them). */
    readonly missing: readonly ImpactFieldId[];
    /** Messages about the changes, by index. */
    readonly changeErrors: Readonly<Record<number, string>>;
  };

function fieldOf(id: ImpactFieldId): ImpactField {
  return IMPACT_FIELDS.find((f) => f.id === id) as ImpactField;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Checks one value on its own; returns a message or null. */
function checkAlone(field: ImpactField, value: number): string | null {
  const name = field.label.toLowerCase();
  if (!Number.isFinite(value)) return `Enter ${name} as a number, like 12 or 7.5.`;
  if (value < 0) return `${field.label} cannot be negative.`;
  if (field.wholeNumber && !Number.isInteger(value)) return `${field.label} must be a whole number.`;
  switch (field.unit) {
    case 'people':
    case 'cases':
      return value > MAX_PEOPLE ? `${field.label} must be at most ${MAX_PEOPLE.toLocaleString('en-GB')}.` : null;
    case 'hours':
      return value > HOURS_IN_WEEK ? `A week has ${HOURS_IN_WEEK} hours: ${name} must be at most ${HOURS_IN_WEEK}.` : null;
    case 'years':
      return value > 60 ? `${field.label} must be at most 60 years.` : null;
    case 'per cent':
      return value > 100 ? `${field.label} must be between 0 and 100 per cent.` : null;
  }
}

/**
 * Checks a draft and the changes. Bad values get a message at their field;
 * values that are fine alone but not together (more managers than staff, a
 * week that adds up to more than the contracted hours) get one too.
 */
export function validateImpactInputs(draft: ImpactDraft, changes: readonly ImpactChange[] = []): ImpactCheck {
  const errors: Partial<Record<ImpactErrorKey, string>> = {};
  const missing: ImpactFieldId[] = [];
  const value = (id: ImpactFieldId): number | null => {
    const v = draft[id];
    return v === null || errors[id] ? null : v;
  };
  for (const field of IMPACT_FIELDS) {
    const v = draft[field.id];
    if (v === null || v === undefined) missing.push(field.id);
    else {
      const problem = checkAlone(field, v);
      if (problem) errors[field.id] = problem;
    }
  }

  const staff = value('caseHolders');
  if (staff !== null && staff < 1) errors.caseHolders = 'There must be at least one case-holding member of staff.';
  const managers = value('managersBecomingCaseHolders');
  if (staff !== null && staff >= 1 && managers !== null && managers > staff) {
    errors.managersBecomingCaseHolders = `More managers than case-holding staff: enter at most ${staff}.`;
  }
  const contracted = value('contractedHours');
  if (contracted !== null && contracted === 0) errors.contractedHours = 'Contracted hours must be more than 0.';
  const parts = (['directHours', 'travelHours', 'recordingHours', 'meetingHours', 'supervisionHours'] as const).map(value);
  if (contracted !== null && contracted > 0 && parts.every((p) => p !== null)) {
    const total = (parts as number[]).reduce((a, b) => a + b, 0);
    if (total > contracted + 1e-9) {
      errors.weekTotal = `The week's parts add up to ${round(total)} hours, more than the ${round(contracted)} contracted hours.`;
    }
  }

  const changeErrors: Record<number, string> = {};
  changes.forEach((change, i) => {
    const m = change.minutesPerWeek;
    if (!Number.isFinite(m)) changeErrors[i] = `Enter the minutes "${change.label}" saves as a number.`;
    else if (m < 0) changeErrors[i] = `The minutes "${change.label}" saves cannot be negative.`;
    else if (m > MINUTES_IN_WEEK) changeErrors[i] = `A week has ${MINUTES_IN_WEEK} minutes: "${change.label}" cannot save more.`;
  });

  if (Object.keys(errors).length > 0 || missing.length > 0 || Object.keys(changeErrors).length > 0) {
    return { ok: false, errors, missing, changeErrors };
  }
  const n = (id: ImpactFieldId) => draft[id] as number;
  return {
    ok: true,
    inputs: {
      caseHolders: n('caseHolders'),
      managersBecomingCaseHolders: n('managersBecomingCaseHolders'),
      totalCases: n('totalCases'),
      contractedHours: n('contractedHours'),
      week: {
        direct: n('directHours'), travel: n('travelHours'), recording: n('recordingHours'),
        meetings: n('meetingHours'), supervision: n('supervisionHours'),
      },
      yearsCaseHolders: n('yearsCaseHolders'),
      yearsManagers: n('yearsManagers'),
      supervisionShare: n('supervisionShare'),
      changes,
    },
  };
}

/** The draft behind a set of inputs (to copy a preset into the workshop's own model). */
export function draftOf(inputs: ImpactInputs): ImpactDraft {
  return {
    caseHolders: inputs.caseHolders,
    managersBecomingCaseHolders: inputs.managersBecomingCaseHolders,
    totalCases: inputs.totalCases,
    contractedHours: inputs.contractedHours,
    directHours: inputs.week.direct,
    travelHours: inputs.week.travel,
    recordingHours: inputs.week.recording,
    meetingHours: inputs.week.meetings,
    supervisionHours: inputs.week.supervision,
    yearsCaseHolders: inputs.yearsCaseHolders,
    yearsManagers: inputs.yearsManagers,
    supervisionShare: inputs.supervisionShare,
  };
}

export { fieldOf as impactField };
