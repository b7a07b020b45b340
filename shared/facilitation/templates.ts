// The Small Changes session templates as data: each with its agenda steps
// (stage, name, prompt, minutes, what participants may do), categories to add
// and a programme place. Creating a workshop from one writes its agenda.
import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, PHASES, idsOf, type PhaseId } from '../doc/seeded-lists.js';

export interface TemplateStep {
  readonly stage: PhaseId;
  readonly label: string;
  readonly prompt: string;
  readonly minutes: number;
  readonly allowAdd: boolean;
  readonly allowEditOwn: boolean;
  readonly allowEditAll: boolean;
  readonly allowVote: boolean;
}

export interface TemplateCategory {
  readonly name: string;
  /** #RRGGBB, light enough for dark text. */
  readonly colour: string;
}

export interface SessionTemplate {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly TemplateStep[];
  readonly categories: readonly TemplateCategory[];
  /** Place in the Small Changes programme (1 = first session). */
  readonly sessionNumber: number;
}

type Perms = Pick<TemplateStep, 'allowAdd' | 'allowEditOwn' | 'allowEditAll' | 'allowVote'>;
const READ: Perms = { allowAdd: false, allowEditOwn: false, allowEditAll: false, allowVote: false };
const WRITE_OWN: Perms = { ...READ, allowAdd: true, allowEditOwn: true };
const VOTE: Perms = { ...READ, allowVote: true };
const TOGETHER: Perms = { ...READ, allowAdd: true, allowEditAll: true };
/** Grouping is changing everyone's notes; nothing new is added while the room themes. */
const THEME_TOGETHER: Perms = { ...READ, allowEditAll: true };

const step = (stage: PhaseId, label: string, minutes: number, prompt: string, perms: Perms): TemplateStep => ({ stage, label, minutes, prompt, ...perms });

export const BUILT_IN_TEMPLATES: readonly SessionTemplate[] = [
  {
    id: 'session-1',
    title: 'Session 1: what gets in the way',
    description: 'Map what takes time away from children and families, theme it, and name the biggest blockers.',
    sessionNumber: 1,
    categories: [],
    steps: [
      step('welcome', 'Welcome and temperature check', 10, 'Welcome. Answer the three questions: they are anonymous.', READ),
      step('map', 'Write privately: what gets in the way', 15, 'On your own: one blocker per note. Where does your week go that is not time with families?', WRITE_OWN),
      step('map', 'Reveal and add more', 10, 'Read the board. Add what others have sparked.', WRITE_OWN),
      step('theme', 'Group into themes', 15, 'Which blockers belong together? Drag or group them into themes; the facilitator names them with you.', THEME_TOGETHER),
      step('vote', 'Which blockers cost most?', 10, 'Place your dots on the themes that take the most time.', VOTE),
      step('review', 'Close and temperature check', 10, 'Answer the three questions again before you go.', READ),
    ],
  },
  {
    id: 'session-2',
    title: 'Session 2: choose and plan small changes',
    description: 'Propose small changes the team can make itself, vote, and plan who does what by when.',
    sessionNumber: 2,
    categories: [],
    steps: [
      step('welcome', 'Welcome and temperature check', 10, 'Welcome back. Answer the three questions.', READ),
      step('theme', 'Recap the themes', 10, 'What did we find last time?', READ),
      step('propose', 'Propose small changes', 20, 'What could we change ourselves, in our team or service, within a month?', WRITE_OWN),
      step('vote', 'Vote', 10, 'Place your dots on the changes that would give back the most time.', VOTE),
      step('blueprint', 'Plan the chosen changes', 25, 'For each chosen change: owner, first step, review date, measure.', TOGETHER),
      step('review', 'Close and temperature check', 5, 'Answer the three questions again before you go.', READ),
    ],
  },
  {
    id: 'local-blueprint',
    title: 'Local blueprint session',
    description: 'Review the changes tried so far and draft the local blueprint leaders will take forward.',
    sessionNumber: 3,
    categories: [{ name: 'Ways of working', colour: '#E6D5B8' }],
    steps: [
      step('welcome', 'Welcome and temperature check', 10, 'Welcome. Answer the three questions.', READ),
      step('review', 'Review the changes we tried', 20, 'For each change: did it happen, what did it save, adopt, adapt or abandon?', READ),
      step('blueprint', 'Draft the local blueprint', 40, 'Vision, team design, decision rights, support, rhythm, impact.', TOGETHER),
      step('vote', 'Agree what goes forward', 10, 'Place your dots on what the blueprint must keep.', VOTE),
      step('review', 'Review, export and temperature check', 10, 'Read it through; leaders export it. Answer the three questions again.', READ),
    ],
  },
  {
    // Many teams get one day, not a programme: every phase, blockers to blueprint.
    id: 'whole-day',
    title: 'One day: from blockers to a blueprint',
    description: 'Map and theme what gets in the way, propose and choose small changes, and draft the blueprint, all in one day.',
    sessionNumber: 1,
    categories: [],
    steps: [
      step('welcome', 'Welcome and temperature check', 10, 'Welcome. Answer the three questions: they are anonymous.', READ),
      step('map', 'Write privately: what gets in the way', 15, 'On your own: one blocker per note. Where does your week go that is not time with families?', WRITE_OWN),
      step('map', 'Reveal, add more and estimate', 15, 'Read the board. Add what others have sparked, and say how many minutes a week your own blockers cost.', WRITE_OWN),
      step('theme', 'Group into themes', 15, 'Which blockers belong together? Group them into themes and name them.', THEME_TOGETHER),
      step('propose', 'Propose small changes', 20, 'What could we change ourselves, in our team or service, within a month? Tick the blockers each change removes.', WRITE_OWN),
      step('vote', 'Vote and agree', 20, 'Place your dots, then consent to the changes we take forward: object only if it would do harm.', VOTE),
      step('blueprint', 'Draft the blueprint', 40, 'Vision, the chosen changes with owner, first step and review date, risks.', TOGETHER),
      step('review', 'Review, export and temperature check', 10, 'Read it through; leaders export it. Answer the three questions again.', READ),
    ],
  },
];

const stepSchema = z.strictObject({
  stage: z.enum(idsOf(PHASES), { error: 'each step needs a known kind of step' }),
  label: z.string().trim().min(1, { error: 'each step needs a name' }).max(MAX_TITLE_LENGTH),
  prompt: z.string().max(MAX_NOTE_LENGTH),
  minutes: z.number().int().min(0).max(600),
  allowAdd: z.boolean(), allowEditOwn: z.boolean(), allowEditAll: z.boolean(), allowVote: z.boolean(),
});

/** Checks a template read from storage (a saved one may be old or hand-edited). */
export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, { error: 'a template id is lower-case letters, digits and dashes' }),
  title: z.string().trim().min(1, { error: 'a template needs a title' }).max(MAX_TITLE_LENGTH),
  description: z.string().max(MAX_NOTE_LENGTH),
  steps: z.array(stepSchema).min(1, { error: 'a template needs at least one step' }).max(40),
  categories: z.array(z.strictObject({ name: z.string().trim().min(1).max(MAX_NAME_LENGTH), colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/) })).max(40),
  sessionNumber: z.number().int().min(1).max(100),
});

export function findTemplate(id: string, saved: readonly SessionTemplate[] = []): SessionTemplate | null {
  return [...BUILT_IN_TEMPLATES, ...saved].find((t) => t.id === id) ?? null;
}
