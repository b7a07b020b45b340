// What a new local blueprint starts with: its sections, the decision-rights
// matrix's starting point, the support teams and the shared roles of the 2019
// blueprint (Frontline, CPI, Buurtzorg Britain & Ireland). Every one of them is
// a starting point the room changes for its own authority, never a rule.
import type { BlueprintTeamId, DecisionLevelId } from '../doc/blueprint-lists.js';
import type { SectionKindId } from '../doc/seeded-lists.js';

export interface SectionSeed {
  readonly kind: SectionKindId;
  readonly title: string;
  /** Shown beside the editor as a prompt; never written into the document. */
  readonly prompt: string;
}

export const SECTION_SEEDS: readonly SectionSeed[] = [
  { kind: 'vision', title: 'Vision and values', prompt: 'What do we want for children and families here, and how do we want to work together to get it?' },
  { kind: 'evidence', title: 'Evidence: what gets in the way', prompt: 'What the board shows: the blockers, the time they cost, and what is in our own hands to change.' },
  { kind: 'changes', title: 'Chosen small changes', prompt: 'The changes we chose, who owns each, and how we will know if it worked.' },
  { kind: 'team-design', title: 'Team design', prompt: 'Family Facing Teams: how big, which patches, what budget, which shared roles.' },
  { kind: 'decision-rights', title: 'Decision rights', prompt: 'Who decides, who is consulted and who is told, so practitioners know which decisions are theirs.' },
  { kind: 'support-teams', title: 'Support teams', prompt: 'The teams that support the Family Facing Teams, and do not manage them.' },
  { kind: 'rhythm', title: 'Meeting and supervision rhythm', prompt: 'When teams meet, how peer supervision works, and how decisions are made by consent.' },
  { kind: 'impact', title: 'Impact model and assumptions', prompt: 'What these changes would give back, and the assumptions behind the numbers.' },
  { kind: 'learning', title: 'Learning plan', prompt: 'How we will try, measure, review and decide: adopt, adapt or abandon.' },
  { kind: 'risks', title: 'Risks and critiques', prompt: 'What could go wrong, what critics would say, and what we will do about it.' },
];

export interface DecisionSeed {
  readonly key: string;
  readonly label: string;
  readonly note: string;
  readonly rights: Readonly<Partial<Record<BlueprintTeamId, DecisionLevelId>>>;
}

/**
 * The blueprint gives most decision rights on cases to the Family Facing
 * Teams; only the Strategy Team has any over cases, and only the most
 * significant or resource-intensive ones (placing a child, starting court
 * proceedings). The other support teams support: they are consulted or told.
 */
export const DECISION_SEEDS: readonly DecisionSeed[] = [
  {
    key: 'allocate-case', label: 'Allocate a case',
    note: 'The Referral Team allocates contacts and referrals to the team whose patch they come from; the team agrees who holds the case.',
    rights: { referral: 'decides', familyFacing: 'consulted', enabler: 'told' },
  },
  {
    key: 'spend-team-budget', label: 'Spend from the team budget',
    note: 'Each team holds a budget for day-to-day case matters and spends it without a manager\'s sign-off.',
    rights: { familyFacing: 'decides', enabler: 'told' },
  },
  {
    key: 'agree-plan', label: 'Agree a plan for a child',
    note: 'The social worker and their team agree the plan; the Insight Team gives independent advice when asked.',
    rights: { familyFacing: 'decides', insight: 'consulted' },
  },
  {
    key: 'step-down-close', label: 'Step down or close a case',
    note: 'The team decides with the family; the Referral Team is told so a new contact finds the history.',
    rights: { familyFacing: 'decides', insight: 'consulted', referral: 'told' },
  },
  {
    key: 'place-child', label: 'Place a child',
    note: 'One of the most significant decisions in a child\'s life: the Strategy Team decides, with the team that knows the family.',
    rights: { strategy: 'decides', familyFacing: 'consulted', insight: 'consulted', enabler: 'told' },
  },
  {
    key: 'start-court-proceedings', label: 'Start court proceedings',
    note: 'The Strategy Team decides, with the team that knows the family and independent advice from the Insight Team.',
    rights: { strategy: 'decides', familyFacing: 'consulted', insight: 'consulted', enabler: 'told' },
  },
];

export interface NamedSeed {
  readonly key: string;
  readonly name: string;
  readonly purpose: string;
}

export const SUPPORT_TEAM_SEEDS: readonly NamedSeed[] = [
  { key: 'referral', name: 'Referral Team', purpose: 'Handles all contacts and referrals, and allocates them to Family Facing Teams by geographic patch.' },
  { key: 'enabler', name: 'Enabler Team', purpose: 'Helps teams run well: administration, business support, HR, recruitment and data analysis.' },
  { key: 'insight', name: 'Insight Team', purpose: 'Helps teams do their best practice with families: experienced, independent advice on case matters.' },
  { key: 'strategy', name: 'Strategy Team', purpose: 'Oversees the decisions that most affect children\'s and families\' lives (placing a child, starting court proceedings), guards the culture of the service, and leads senior engagement with the local authority and partners.' },
];

/** Buurtzorg's shared roles, held in turn inside a self-managed team. */
export const TEAM_ROLE_SEEDS: readonly NamedSeed[] = [
  { key: 'budget-holder', name: 'Budget holder', purpose: 'Keeps the team budget and reports what it was spent on.' },
  { key: 'planner', name: 'Planner', purpose: 'Keeps the rota, cover and the team\'s diary of visits and meetings.' },
  { key: 'mentor', name: 'Mentor', purpose: 'Supports newer colleagues and leads peer supervision.' },
  { key: 'informer', name: 'Informer', purpose: 'Keeps the team up to date with news, policy and what the support teams are doing.' },
  { key: 'developer', name: 'Developer', purpose: 'Looks after the team\'s learning and the small changes it is trying.' },
];

/** The prompt for a section kind, if it has one. */
export function promptFor(kind: SectionKindId): string | null {
  return SECTION_SEEDS.find((s) => s.kind === kind)?.prompt ?? null;
}
