// Plain, read-only snapshots of the workshop document, as readers return them.
// records/*.ts define the same shapes for Yjs; read.ts checks at compile time
// that the two agree.
import type {
  BallotId, CategoryId, ConsentStateId, EffortId, FrequencyId, ImpactId, ObjectionStatusId, PhaseId, RoleId, RoundStatusId, ScopeId,
  SectionKindId,
} from './seeded-lists.js';

/** A blocker's category: a seeded id, or a workshop category's record id. */
export type CategoryRef = CategoryId | `category:${string}`;

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
  /** Default false. While true, new notes stay on each laptop until the facilitator reveals them. */
  readonly privateWriting: boolean;
  /** Default false. Exports show names only when this is true and `anonymous` is false. */
  readonly namesInExports: boolean;
  /** The current agenda step (`agendaStep:…`), or null before the agenda starts. `phase` is its kind. */
  readonly agendaStep: string | null;
  /** The shared timer's start in the host's clock (ms), or null when it is stopped. */
  readonly timerStartedAt: number | null;
  readonly timerSeconds: number;
  readonly boardLocked: boolean;
  /** Follow me: the view everyone was brought to, '' when no one is being led. */
  readonly followView: string;
  /** Follow me: the spotlighted record id, '' for none. */
  readonly followTarget: string;
  readonly followAt: number;
  /** '' when the session stands alone. */
  readonly programmeTitle: string;
  readonly sessionNumber: number;
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
  /** Default 'other'. A seeded category id, or the id of the workshop's own category. */
  readonly category: CategoryRef;
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
  /** The blocker this one was marked as the same as (totals count them once), or null. */
  readonly sameAs: string | null;
}

/** A category a workshop added (`seedId` null), or its rewording/recolouring of a seeded one. */
export interface WorkshopCategory {
  readonly id: string;
  readonly name: string;
  /** #RRGGBB */
  readonly colour: string;
  readonly seedId: CategoryId | null;
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
  /** Where the room placed it on the impact/effort grid; null = judged from its hours. */
  readonly impact: ImpactId | null;
  /** Default 'none'. The consent round for the final choice. */
  readonly consent: ConsentStateId;
}

/** A principled objection to a proposed idea, until resolved or noted. */
export interface Objection {
  readonly id: string;
  readonly ideaId: string;
  readonly raisedBy: string | null;
  readonly reason: string;
  readonly status: ObjectionStatusId;
  readonly response: string;
  readonly createdAt: number;
  readonly settledAt: number | null;
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
  /** Public key votes are sealed to (base64), '' when votes are not sealed. */
  readonly sealKey: string;
  /** Secret key published at reveal, '' before. */
  readonly openKey: string;
  /** Yjs state vector (base64) of the closing laptop: what it had seen when it closed. */
  readonly closedSeen: string;
  /** Participant ids when the round closed. */
  readonly closedRoll: readonly string[];
  /** Votes of this round held by the closing laptop. */
  readonly closedVoteCount: number;
}

export interface Vote {
  readonly id: string;
  readonly roundId: string;
  readonly itemId: string;
  readonly voterId: string;
  readonly castAt: number;
  /** The choice sealed to the round's key ('' when not sealed; itemId is then the choice). */
  readonly sealed: string;
  /** Set when this record takes back the voter's dot with this id (it is then not a dot itself). */
  readonly retracts: string | null;
}

/** The prose lives in the section map's Y.XmlFragment `body`, not here. */
export interface BlueprintSection {
  readonly id: string;
  readonly title: string;
  readonly kind: SectionKindId;
  /** Sections are shown sorted by order, then id. */
  readonly order: number;
  readonly createdAt: number;
  /** When someone deleted it (it stays restorable), or null. */
  readonly deletedAt: number | null;
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
  readonly categories: Readonly<Record<string, WorkshopCategory>>;
  readonly objections: Readonly<Record<string, Objection>>;
}
