import { defineRecord } from './define.js';
import { optionalNumber, timestamp } from './fields.js';

const hours = (label: string) => optionalNumber(label, { min: 0, max: 168, int: false });
const count = (label: string) => optionalNumber(label, { min: 0, max: 1_000_000, int: true });

/**
 * The workshop's own impact-model inputs, one per workshop (id IMPACT_MODEL_ID).
 * Each is null until someone enters it. Values that are fine alone but not
 * together (more managers than staff, after two people edit at once) are
 * caught by validateImpactInputs and shown at the field, never computed.
 */
export const impactModelRecord = defineRecord('impactModel', 'impact model', {
  caseHolders: count('case-holding staff'),
  managersBecomingCaseHolders: count('managers who become case holders'),
  totalCases: count('total cases'),
  contractedHours: hours('contracted hours a week'),
  directHours: hours('hours of direct work a week'),
  travelHours: hours('hours of travel a week'),
  recordingHours: hours('hours of recording a week'),
  meetingHours: hours('hours of meetings a week'),
  supervisionHours: hours('hours of supervision a week'),
  yearsCaseHolders: optionalNumber('average years of experience of case holders', { min: 0, max: 60, int: false }),
  yearsManagers: optionalNumber('average years of experience of managers', { min: 0, max: 60, int: false }),
  supervisionShare: optionalNumber('share of time given back that goes to supervision', { min: 0, max: 100, int: false }),
  createdAt: timestamp('time added'),
});
