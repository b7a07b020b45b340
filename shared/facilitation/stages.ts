// The kinds of agenda step (the seeded PHASES) as data: what participants may
// do in each, what the room is doing (for "why can't I?" messages) and which
// view of the workshop the step happens in.
import { PHASES, type PhaseId } from '../doc/seeded-lists.js';

/** What a phase can open to participants. Facilitators may always do all of it. */
export const PHASE_PERMISSIONS = ['add', 'editOwn', 'editAll', 'vote'] as const;
export type PhasePermission = (typeof PHASE_PERMISSIONS)[number];

export const PERMISSION_LABELS: Readonly<Record<PhasePermission, string>> = {
  add: 'Add notes and ideas',
  editOwn: 'Edit their own',
  editAll: 'Edit everything',
  vote: 'Vote',
};

/** The views of an open workshop (renderer/src/app/route.ts WORKSHOP_VIEWS, which follow-me may name). */
export const FOLLOW_VIEWS = ['board', 'ideas', 'vote', 'blueprint'] as const;
export type FollowView = (typeof FOLLOW_VIEWS)[number];

export interface StageRule {
  readonly id: PhaseId;
  readonly label: string;
  /** What participants may do unless the step says otherwise. */
  readonly allows: readonly PhasePermission[];
  /** What the room is doing, finishing "… is closed in this phase: ". */
  readonly doing: string;
  readonly view: FollowView;
  readonly minutes: number;
  readonly prompt: string;
}

const RULES: Readonly<Record<PhaseId, Omit<StageRule, 'id' | 'label'>>> = {
  welcome: { allows: [], doing: 'we are welcoming everyone and taking the temperature', view: 'board', minutes: 10, prompt: 'Welcome. Please answer the short temperature check.' },
  map: { allows: ['add', 'editOwn'], doing: 'we are mapping blockers', view: 'board', minutes: 20, prompt: 'What gets in the way of time with children and families? One blocker per note.' },
  // The room groups together: theming is changing everyone's notes, so the step opens "edit everything" (not adding).
  theme: { allows: ['editAll'], doing: 'we are grouping blockers into themes', view: 'board', minutes: 15, prompt: 'Which blockers belong together? Group them into themes.' },
  propose: { allows: ['add', 'editOwn'], doing: 'we are proposing small changes', view: 'ideas', minutes: 20, prompt: 'What small change could we make ourselves?' },
  vote: { allows: ['vote'], doing: 'we are voting', view: 'vote', minutes: 10, prompt: 'Place your dots on the changes that would give back the most time.' },
  blueprint: { allows: ['add', 'editAll'], doing: 'we are drafting the blueprint together', view: 'blueprint', minutes: 30, prompt: 'Who does what, by when, and how will we know it worked?' },
  review: { allows: [], doing: 'we are reviewing and exporting', view: 'blueprint', minutes: 10, prompt: 'Check the blueprint and the temperature again before we close.' },
};

export const STAGES: readonly StageRule[] = PHASES.map((phase) => ({ id: phase.id, label: phase.label, ...RULES[phase.id] }));

export function stageRule(id: PhaseId): StageRule {
  return STAGES.find((stage) => stage.id === id) ?? (STAGES[0] as StageRule);
}

export function isFollowView(value: string): value is FollowView {
  return (FOLLOW_VIEWS as readonly string[]).includes(value);
}
