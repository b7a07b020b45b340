// The impact model: what a service's week, staffing and chosen changes mean for
// time with children and families, caseload, supervision and experience,
// before and after. Pure arithmetic, every step stated:
//   time with families  = direct hours ÷ contracted hours
//   caseload            = cases ÷ case holders (after: staff + managers who hold cases)
//   time given back     = minutes the changes save, each capped at the hours
//                         the week spends on what it saves (you cannot save more
//                         travel than there is)
//   after, direct work  = before + time given back × (1 − supervision share)
//   after, supervision  = before + time given back × supervision share
//   after, experience   = average of staff and managers, weighted by headcount
import type { SavingSourceId } from '../doc/blueprint-lists.js';

/** Hours a week of one case holder, by what they are spent on. */
export interface Week {
  readonly direct: number;
  readonly travel: number;
  readonly recording: number;
  readonly meetings: number;
  readonly supervision: number;
}

/** A change's minutes a week given back to each case holder, and where they come from. */
export interface ImpactChange {
  readonly label: string;
  readonly minutesPerWeek: number;
  readonly from: SavingSourceId;
}

export interface ImpactInputs {
  /** Case-holding practitioners today. */
  readonly caseHolders: number;
  /** Managers who become case holders (the blueprint's former team managers). */
  readonly managersBecomingCaseHolders: number;
  readonly totalCases: number;
  /** Contracted hours a week of one case holder. */
  readonly contractedHours: number;
  readonly week: Week;
  readonly yearsCaseHolders: number;
  readonly yearsManagers: number;
  /** Per cent of the time given back that goes to supervision and reflection; the rest goes to families. */
  readonly supervisionShare: number;
  readonly changes: readonly ImpactChange[];
}

/** One side of the comparison. */
export interface ImpactSide {
  readonly caseHolders: number;
  /** Per cent of contracted hours spent with children and families. */
  readonly timeWithFamiliesPercent: number;
  readonly directHoursPerWeek: number;
  readonly caseload: number;
  readonly supervisionHoursPerWeek: number;
  readonly averageYearsExperience: number;
  /** The week, with `other` = contracted hours not in the five named parts. */
  readonly week: Week & { readonly other: number };
}

export interface ImpactResult {
  readonly before: ImpactSide;
  readonly after: ImpactSide;
  /** Relative changes in per cent (after ÷ before − 1); null when before is (next to) 0, so there is nothing to compare with. */
  readonly change: {
    readonly timeWithFamilies: number | null;
    readonly caseload: number | null;
    readonly supervision: number | null;
    readonly experience: number | null;
  };
  /** Hours a week each case holder gets back, after capping. */
  readonly hoursGivenBackEach: number;
  /** Hours a week given back across all case holders after the change. */
  readonly hoursGivenBackInAll: number;
  /** Minutes claimed beyond what the week spends on their source (not counted). */
  readonly minutesNotCounted: number;
}

const SOURCES: readonly SavingSourceId[] = ['recording', 'travel', 'meetings', 'other'];

export function otherHours(contractedHours: number, week: Week): number {
  return Math.max(0, contractedHours - (week.direct + week.travel + week.recording + week.meetings + week.supervision));
}

/** Below this, a "before" is too small for a per cent change to mean anything. */
const TOO_SMALL_TO_COMPARE = 1e-6;

function relative(before: number, after: number): number | null {
  return before < TOO_SMALL_TO_COMPARE ? null : (after / before - 1) * 100;
}

/**
 * Computes before and after. Expects inputs that validateImpactInputs
 * accepted; for those every output is a finite number.
 */
export function computeImpact(inputs: ImpactInputs): ImpactResult {
  const { contractedHours: hours, week } = inputs;
  const other = otherHours(hours, week);
  const available: Record<SavingSourceId, number> = {
    recording: week.recording, travel: week.travel, meetings: week.meetings, other,
  };

  const claimed: Record<SavingSourceId, number> = { recording: 0, travel: 0, meetings: 0, other: 0 };
  for (const change of inputs.changes) claimed[change.from] += change.minutesPerWeek / 60;

  const saved: Record<SavingSourceId, number> = { recording: 0, travel: 0, meetings: 0, other: 0 };
  let givenBack = 0;
  let notCounted = 0;
  for (const source of SOURCES) {
    saved[source] = Math.min(claimed[source], available[source]);
    givenBack += saved[source];
    notCounted += (claimed[source] - saved[source]) * 60;
  }

  const share = inputs.supervisionShare / 100;
  const staffBefore = inputs.caseHolders;
  const staffAfter = inputs.caseHolders + inputs.managersBecomingCaseHolders;
  const afterWeek = {
    direct: week.direct + givenBack * (1 - share),
    travel: week.travel - saved.travel,
    recording: week.recording - saved.recording,
    meetings: week.meetings - saved.meetings,
    supervision: week.supervision + givenBack * share,
    other: other - saved.other,
  };

  const before: ImpactSide = {
    caseHolders: staffBefore,
    timeWithFamiliesPercent: (week.direct / hours) * 100,
    directHoursPerWeek: week.direct,
    caseload: inputs.totalCases / staffBefore,
    supervisionHoursPerWeek: week.supervision,
    averageYearsExperience: inputs.yearsCaseHolders,
    week: { ...week, other },
  };
  const after: ImpactSide = {
    caseHolders: staffAfter,
    timeWithFamiliesPercent: (afterWeek.direct / hours) * 100,
    directHoursPerWeek: afterWeek.direct,
    caseload: inputs.totalCases / staffAfter,
    supervisionHoursPerWeek: afterWeek.supervision,
    averageYearsExperience:
      (inputs.caseHolders * inputs.yearsCaseHolders + inputs.managersBecomingCaseHolders * inputs.yearsManagers) / staffAfter,
    week: afterWeek,
  };
  return {
    before,
    after,
    change: {
      timeWithFamilies: relative(before.timeWithFamiliesPercent, after.timeWithFamiliesPercent),
      caseload: relative(before.caseload, after.caseload),
      supervision: relative(before.supervisionHoursPerWeek, after.supervisionHoursPerWeek),
      experience: relative(before.averageYearsExperience, after.averageYearsExperience),
    },
    hoursGivenBackEach: givenBack,
    hoursGivenBackInAll: givenBack * staffAfter,
    minutesNotCounted: notCounted,
  };
}
