// Seeded lists and fixed ids of the local blueprint's structured parts. Ids are
// stored in documents, so an id is never renamed or reused; labels may be
// reworded freely.
import type { ListItem } from './seeded-lists.js';

/** The columns of the decision-rights matrix: the teams of the 2019 blueprint. */
export const BLUEPRINT_TEAMS = [
  { id: 'familyFacing', label: 'Family Facing Teams' },
  { id: 'referral', label: 'Referral Team' },
  { id: 'enabler', label: 'Enabler Team' },
  { id: 'insight', label: 'Insight Team' },
  { id: 'strategy', label: 'Strategy Team' },
] as const satisfies readonly ListItem[];

/** What a team does about a decision. A cell with none of these: not involved. */
export const DECISION_LEVELS = [
  { id: 'decides', label: 'Decides' },
  { id: 'consulted', label: 'Is consulted' },
  { id: 'told', label: 'Is told' },
] as const satisfies readonly ListItem[];

/** Plan-do-study-act: what the room decided after trying a change. */
export const CHANGE_DECISIONS = [
  { id: 'adopt', label: 'Adopt' },
  { id: 'adapt', label: 'Adapt' },
  { id: 'abandon', label: 'Abandon' },
] as const satisfies readonly ListItem[];

/** Which part of the week the minutes a change saves come out of. */
export const SAVING_SOURCES = [
  { id: 'recording', label: 'Recording, forms and sign-off' },
  { id: 'travel', label: 'Travel' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'other', label: 'Other admin' },
] as const satisfies readonly ListItem[];

/** Evidence rows total the board's blockers by one of these. */
export const EVIDENCE_DIMENSIONS = [
  { id: 'category', label: 'Category' },
  { id: 'scope', label: 'Scope of control' },
] as const satisfies readonly ListItem[];

export type BlueprintTeamId = (typeof BLUEPRINT_TEAMS)[number]['id'];
export type DecisionLevelId = (typeof DECISION_LEVELS)[number]['id'];
export type ChangeDecisionId = (typeof CHANGE_DECISIONS)[number]['id'];
export type SavingSourceId = (typeof SAVING_SOURCES)[number]['id'];
export type EvidenceDimensionId = (typeof EVIDENCE_DIMENSIONS)[number]['id'];

/**
 * The team design and the impact model's inputs are one per workshop, held at
 * fixed ids so every laptop edits the same record.
 */
export const TEAM_DESIGN_ID = 'teamDesign:main';
export const IMPACT_MODEL_ID = 'impactModel:main';

/** Family Facing Teams: eight by default; Buurtzorg keeps its teams to twelve at most. */
export const DEFAULT_DESIGN_TEAM_SIZE = 8;
export const RECOMMENDED_MAX_TEAM_SIZE = 12;
export const MAX_DESIGN_TEAM_SIZE = 50;
/** Minutes in a week. */
export const MINUTES_IN_WEEK = 7 * 24 * 60;
/** Evidence key for blockers nobody gave a scope. */
export const UNSCOPED_KEY = 'unscoped';
