// Plain, read-only snapshots of the local blueprint's structured parts, as
// read-blueprint.ts returns them (it checks at compile time that these agree
// with records/*.ts).
import type { ChangeDecisionId, DecisionLevelId, EvidenceDimensionId, SavingSourceId } from './blueprint-lists.js';

export interface Decision {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly familyFacing: DecisionLevelId | null;
  readonly referral: DecisionLevelId | null;
  readonly enabler: DecisionLevelId | null;
  readonly insight: DecisionLevelId | null;
  readonly strategy: DecisionLevelId | null;
  readonly order: number;
  readonly seedKey: string;
  readonly createdAt: number;
}

export interface SupportTeam {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly order: number;
  readonly seedKey: string;
  readonly createdAt: number;
}

export interface TeamRole {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly holder: string;
  readonly order: number;
  readonly seedKey: string;
  readonly createdAt: number;
}

export interface TeamDesign {
  readonly id: string;
  readonly size: number;
  readonly teamCount: number | null;
  readonly patches: string;
  readonly budgetPerTeam: number | null;
  readonly budgetCovers: string;
  readonly createdAt: number;
}

export interface TrackedChange {
  readonly id: string;
  readonly title: string;
  readonly ideaId: string | null;
  readonly owner: string;
  readonly firstStep: string;
  /** YYYY-MM-DD, or ''. */
  readonly startDate: string;
  readonly reviewDate: string;
  readonly measure: string;
  readonly baseline: string;
  readonly result: string;
  readonly decision: ChangeDecisionId | null;
  readonly learning: string;
  readonly minutesSaved: number | null;
  readonly savesFrom: SavingSourceId;
  readonly order: number;
  readonly createdAt: number;
  readonly deletedAt: number | null;
}

export interface EvidenceLine {
  readonly id: string;
  readonly dimension: EvidenceDimensionId;
  readonly key: string;
  readonly label: string;
  readonly notes: number;
  readonly minutesPerWorker: number;
  readonly note: string;
  readonly order: number;
  readonly seededAt: number;
  readonly createdAt: number;
}

/** The workshop's impact-model inputs as stored: null until someone enters one. */
export interface StoredImpactInputs {
  readonly id: string;
  readonly caseHolders: number | null;
  readonly managersBecomingCaseHolders: number | null;
  readonly totalCases: number | null;
  readonly contractedHours: number | null;
  readonly directHours: number | null;
  readonly travelHours: number | null;
  readonly recordingHours: number | null;
  readonly meetingHours: number | null;
  readonly supervisionHours: number | null;
  readonly yearsCaseHolders: number | null;
  readonly yearsManagers: number | null;
  readonly supervisionShare: number | null;
  readonly createdAt: number;
}

/** Everything structured in the local blueprint; sections live in WorkshopSnapshot. */
export interface BlueprintSnapshot {
  readonly decisions: Readonly<Record<string, Decision>>;
  readonly supportTeams: Readonly<Record<string, SupportTeam>>;
  readonly teamRoles: Readonly<Record<string, TeamRole>>;
  /** Null until the blueprint is started. */
  readonly teamDesign: TeamDesign | null;
  readonly trackedChanges: Readonly<Record<string, TrackedChange>>;
  readonly evidence: Readonly<Record<string, EvidenceLine>>;
  /** Null until the blueprint is started. */
  readonly impactInputs: StoredImpactInputs | null;
}
