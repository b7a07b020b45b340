// The seeded lists every workshop starts from. Ids are stored in documents, so
// an id is never renamed or reused; labels may be reworded freely.

export interface ListItem<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

export interface Category<Id extends string = string> extends ListItem<Id> {
  /** Pastel background, readable with dark text (contrast checked in a test). */
  readonly colour: string;
}

export const CATEGORIES = [
  { id: 'case-recording-system', label: 'Case-recording system', colour: '#A7C7E7' },
  { id: 'duplicate-data-entry', label: 'Duplicate data entry', colour: '#B5E3D8' },
  { id: 'forms', label: 'Forms', colour: '#FFE08A' },
  { id: 'sign-off-chains', label: 'Sign-off and authorisation chains', colour: '#F7B7A3' },
  { id: 'meetings', label: 'Meetings', colour: '#CDBBE8' },
  { id: 'caseload', label: 'Caseload', colour: '#F4B3C2' },
  { id: 'travel', label: 'Travel', colour: '#BDE3AD' },
  { id: 'supervision-time', label: 'Supervision and reflection time', colour: '#A3DAF0' },
  { id: 'culture-churn', label: 'Culture and leadership churn', colour: '#F9C98B' },
  { id: 'family-resources', label: 'Resources for families', colour: '#DCEBA5' },
  { id: 'other', label: 'Other', colour: '#DDDDDD' },
] as const satisfies readonly Category[];

export const SCOPES = [
  { id: 'my-team', label: 'My team' },
  { id: 'our-service', label: 'Our service' },
  { id: 'local-authority', label: 'The whole local authority' },
  { id: 'partner-agency', label: 'A partner agency' },
  { id: 'national', label: 'National law or regulation' },
] as const satisfies readonly ListItem[];

export const FREQUENCIES = [
  { id: 'daily', label: 'Daily' },
  { id: 'weekly', label: 'Weekly' },
  { id: 'monthly', label: 'Monthly' },
  { id: 'occasionally', label: 'Occasionally' },
] as const satisfies readonly ListItem[];

export const EFFORTS = [
  { id: 'small', label: 'Small' },
  { id: 'medium', label: 'Medium' },
  { id: 'large', label: 'Large' },
] as const satisfies readonly ListItem[];

export const ROLES = [
  { id: 'facilitator', label: 'Facilitator' },
  { id: 'co-facilitator', label: 'Co-facilitator' },
  { id: 'practitioner', label: 'Practitioner' },
  { id: 'leader', label: 'Leader' },
  { id: 'observer', label: 'Observer' },
] as const satisfies readonly ListItem[];

export const PHASES = [
  { id: 'welcome', label: 'Welcome' },
  { id: 'map', label: 'Map the blockers' },
  { id: 'theme', label: 'Group into themes' },
  { id: 'propose', label: 'Propose small changes' },
  { id: 'vote', label: 'Vote' },
  { id: 'blueprint', label: 'Draft the blueprint' },
  { id: 'review', label: 'Review' },
] as const satisfies readonly ListItem[];

/** Kinds of local-blueprint section; 'custom' is any section the room adds. */
export const SECTION_KINDS = [
  { id: 'vision', label: 'Vision and values' },
  { id: 'evidence', label: 'Evidence: blockers and time lost' },
  { id: 'changes', label: 'Chosen small changes' },
  { id: 'team-design', label: 'Team design' },
  { id: 'decision-rights', label: 'Decision rights' },
  { id: 'support-teams', label: 'Support teams' },
  { id: 'rhythm', label: 'Meeting and supervision rhythm' },
  { id: 'impact', label: 'Impact model and assumptions' },
  { id: 'learning', label: 'Learning plan' },
  { id: 'risks', label: 'Risks' },
  { id: 'custom', label: 'Other section' },
] as const satisfies readonly ListItem[];

export const BALLOTS = [
  { id: 'ideas', label: 'Small change ideas' },
  { id: 'themes', label: 'Themes' },
] as const satisfies readonly ListItem[];

export const ROUND_STATUSES = [
  { id: 'draft', label: 'Draft' },
  { id: 'open', label: 'Open' },
  { id: 'closed', label: 'Closed' },
  { id: 'revealed', label: 'Revealed' },
] as const satisfies readonly ListItem[];

/** How much an idea gives back; null on an idea means "judge it from the hours". */
export const IMPACTS = [
  { id: 'low', label: 'Low impact' },
  { id: 'medium', label: 'Medium impact' },
  { id: 'high', label: 'High impact' },
] as const satisfies readonly ListItem[];

/** Where an idea stands in the consent round for the final choice. */
export const CONSENT_STATES = [
  { id: 'none', label: 'Not proposed' },
  { id: 'proposed', label: 'Proposed for consent' },
  { id: 'agreed', label: 'Agreed' },
  { id: 'withdrawn', label: 'Withdrawn' },
] as const satisfies readonly ListItem[];

/** A principled objection is open until it is resolved (the proposal changed) or noted (it goes ahead, on record). */
export const OBJECTION_STATUSES = [
  { id: 'open', label: 'Open' },
  { id: 'resolved', label: 'Resolved' },
  { id: 'noted', label: 'Noted' },
] as const satisfies readonly ListItem[];

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export type ScopeId = (typeof SCOPES)[number]['id'];
export type FrequencyId = (typeof FREQUENCIES)[number]['id'];
export type EffortId = (typeof EFFORTS)[number]['id'];
export type RoleId = (typeof ROLES)[number]['id'];
export type PhaseId = (typeof PHASES)[number]['id'];
export type SectionKindId = (typeof SECTION_KINDS)[number]['id'];
export type BallotId = (typeof BALLOTS)[number]['id'];
export type RoundStatusId = (typeof ROUND_STATUSES)[number]['id'];
export type ImpactId = (typeof IMPACTS)[number]['id'];
export type ConsentStateId = (typeof CONSENT_STATES)[number]['id'];
export type ObjectionStatusId = (typeof OBJECTION_STATUSES)[number]['id'];

const LOCAL_SCOPES: ReadonlySet<string> = new Set<ScopeId>(['my-team', 'our-service', 'local-authority']);

/** A small change is one the local authority can make itself: my team, our service or the whole LA. */
export function isLocalScope(scope: string | null | undefined): boolean {
  return scope != null && LOCAL_SCOPES.has(scope);
}

/** The ids of a seeded list, for validators. */
export function idsOf<const T extends readonly ListItem[]>(list: T): [T[number]['id'], ...T[number]['id'][]] {
  return list.map((item) => item.id) as [T[number]['id'], ...T[number]['id'][]];
}

/** Limits on what people type. */
export const MAX_NOTE_LENGTH = 500;
export const MAX_TITLE_LENGTH = 120;
export const MAX_NAME_LENGTH = 60;
/**
 * Ceiling for collaborative text in a stored document. Ops keep each edit within
 * MAX_NOTE_LENGTH, but concurrent edits by several people merge, so a merged note
 * can be longer; the validator only refuses text far beyond anything honest typing makes.
 */
export const MAX_STORED_TEXT_LENGTH = 20 * MAX_NOTE_LENGTH;
/** Minutes in a week: nobody loses more than that to one blocker. */
export const MAX_MINUTES_PER_WEEK = 7 * 24 * 60;
export const DEFAULT_TEAM_SIZE = 8;
export const MAX_TEAM_SIZE = 50;
