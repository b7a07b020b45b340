// "The 2019 blueprint's modelled authority": inputs that reproduce the figures
// Frontline, the Centre for Public Impact and Buurtzorg Britain & Ireland
// published for their blueprint (modelled on a real local authority). The
// publication gives the OUTPUTS; it does not give the authority's inputs. The
// inputs below are ours, chosen to be plain, plausible and consistent with the
// published figures, and each is listed with where it comes from.
import type { ImpactInputs } from './impact-model.js';

/** The figures as published (CPI, "Unlocking the power of children's social care"; Social Care Today, 2020). */
export const PUBLISHED_FIGURES = Object.freeze({
  timeWithFamiliesBefore: 16,
  timeWithFamiliesAfter: 25,
  caseloadBefore: 15.5,
  caseloadAfter: 12.2,
  /** Per cent change in average caseload. */
  caseloadChange: -21,
  /** Per cent more time in team meetings and supervision. */
  supervisionChange: 46,
  /** Per cent more average years of experience of case-holding staff. */
  experienceChange: 21,
});

export interface Assumption {
  readonly text: string;
  /** 'publication': stated in the published blueprint; 'ours': chosen by us to fit it. */
  readonly source: 'publication' | 'ours';
}

export interface ImpactPreset {
  readonly id: string;
  readonly name: string;
  readonly inputs: ImpactInputs;
  readonly assumptions: readonly Assumption[];
}

export const BLUEPRINT_2019_PRESET: ImpactPreset = Object.freeze({
  id: 'blueprint-2019',
  name: "The 2019 blueprint's modelled authority",
  inputs: Object.freeze({
    caseHolders: 100,
    managersBecomingCaseHolders: 27,
    totalCases: 1550,
    contractedHours: 37,
    week: Object.freeze({ direct: 5.92, travel: 5, recording: 16, meetings: 6, supervision: 1.8 }),
    yearsCaseHolders: 6,
    yearsManagers: 12,
    supervisionShare: 20,
    changes: Object.freeze([
      Object.freeze({ label: 'Less bureaucracy: fewer forms, shorter recording and sign-off', minutesPerWeek: 150, from: 'recording' as const }),
      Object.freeze({ label: 'Working on a patch: less travel between visits', minutesPerWeek: 100, from: 'travel' as const }),
    ]),
  }),
  assumptions: Object.freeze([
    { source: 'publication', text: 'Social workers spend 16% of their time with children and families today; the model starts from 16% of a 37-hour week (5.92 hours).' },
    { source: 'publication', text: 'Average caseload is 15.5 today. With 100 case holders that is 1,550 cases (the 100 is ours: only the ratio matters).' },
    { source: 'publication', text: 'Former team managers hold cases, so there are more case-holding practitioners; time is saved by less bureaucracy and less travel thanks to patches; no extra cost, within existing law.' },
    { source: 'ours', text: '27 managers per 100 case holders become case holders (a team manager and an assistant team manager or practice supervisor for roughly every seven or eight social workers). 1,550 ÷ 127 = 12.2.' },
    { source: 'ours', text: 'A 37-hour contracted week: 5 hours travel, 16 hours recording, forms and sign-off (CCN/Newton: about half of non-direct time goes on recording and IT), 6 hours meetings, 1.8 hours supervision and team case discussion; the rest is other admin.' },
    { source: 'ours', text: 'Less bureaucracy gives back 150 minutes a week and working on a patch 100 minutes: 4 hours 10 minutes in all.' },
    { source: 'ours', text: 'A fifth of the time given back goes to supervision and reflection (peer supervision in the team), four fifths to children and families: 5.92 + 3.33 = 9.25 hours, 25% of the week; supervision 1.8 → 2.63 hours, +46%.' },
    { source: 'ours', text: 'Case holders average 6 years of experience and the managers who join them 12: (100 × 6 + 27 × 12) ÷ 127 = 7.28 years, +21%.' },
  ] satisfies Assumption[]),
});
