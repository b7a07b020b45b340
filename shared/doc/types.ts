// Plain, read-only snapshots of the workshop document, as readers return them.
// records/*.ts define the same shapes for Yjs; read.ts checks at compile time
// that the two agree.
import type {
  BallotId, CategoryId, EffortId, FrequencyId, PhaseId, RoleId, RoundStatusId, ScopeId, SectionKindId,
} from './seeded-lists.js';

export interface WorkshopMeta {
  readonly title: string;
  readonly localAuthority: string;
  /** YYYY-MM-DD, or '' when not set. */
  readonly date: string;
  readonly schemaVersion: number;
  readonly phase: PhaseId;
  /** Default 8. */
  readonly teamSize: number;
  /** Default false. When true, new blockers are added without an author. */
  readonly anonymous: boolean;
  /** ms since 1970. */
  readonly createdAt: number;
}

export interface Participant {
  readonly id: string;
  readonly displayName: string;
  readonly role: RoleId;
  readonly createdAt: number;
}

export interface Blocker {
  readonly id: string;
  readonly text: string;
  /** Default 'other'. */
  readonly category: CategoryId;
  readonly scope: ScopeId | null;
  /** Who it affects, '' when not said. */
  readonly affects: string;
  readonly frequency: FrequencyId | null;
  /** Minutes lost per week per worker, null when not estimated. */
  readonly minutesPerWeek: number | null;
  readonly evidence: string;
  /** Participant id, or null when anonymous. */
  readonly authorId: string | null;
  /** Board coordinates. */
  readonly x: number;
  readonly y: number;
  readonly themeId: string | null;
  readonly createdAt: number;
}

export interface Theme {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
}

export interface Idea {
  readonly id: string;
  readonly text: string;
  /** Sorted, so every peer reads the same order. */
  readonly blockerIds: readonly string[];
  readonly scope: ScopeId | null;
  readonly effort: EffortId | null;
  readonly firstStep: string;
  readonly owner: string;
  /** YYYY-MM-DD, or '' when not set. */
  readonly reviewDate: string;
  readonly measure: string;
  readonly createdAt: number;
}

export interface VotingRound {
  readonly id: string;
  readonly title: string;
  readonly ballot: BallotId;
  readonly itemIds: readonly string[];
  readonly votesPerPerson: number;
  /** Most dots one person may put on one item when stacking; null = no cap. */
  readonly capPerItem: number | null;
  /** May one person put several dots on one item? */
  readonly stacking: boolean;
  readonly status: RoundStatusId;
  readonly openedAt: number | null;
  readonly closedAt: number | null;
  readonly createdAt: number;
}

export interface Vote {
  readonly id: string;
  readonly roundId: string;
  readonly itemId: string;
  readonly voterId: string;
  readonly castAt: number;
}

/** The prose lives in the section map's Y.XmlFragment `body`, not here. */
export interface BlueprintSection {
  readonly id: string;
  readonly title: string;
  readonly kind: SectionKindId;
  /** Sections are shown sorted by order, then id. */
  readonly order: number;
  readonly createdAt: number;
}

export interface WorkshopSnapshot {
  readonly meta: WorkshopMeta;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly blockers: Readonly<Record<string, Blocker>>;
  readonly themes: Readonly<Record<string, Theme>>;
  readonly ideas: Readonly<Record<string, Idea>>;
  readonly rounds: Readonly<Record<string, VotingRound>>;
  readonly votes: Readonly<Record<string, Vote>>;
  readonly sections: Readonly<Record<string, BlueprintSection>>;
}
