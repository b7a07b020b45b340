// The consent round: for each change the room decided on, whether consent was
// given, every principled objection and how it was resolved or noted. Names
// appear only when the export shows names (never in an anonymous workshop).
import type { Idea, Objection, WorkshopSnapshot } from '../doc/types.js';
import type { Tally } from '../vote/index.js';
import { rankDots } from '../vote/index.js';
import { plural } from './format.js';
import type { Block } from './model-types.js';
import { revealedResults } from './vote-blocks.js';

const byAge = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** True once any idea has gone to the consent round: only then does the export have a consent part. */
export function heldConsentRound(workshop: WorkshopSnapshot): boolean {
  return Object.values(workshop.ideas).some((idea) => idea.consent !== 'none');
}

/**
 * The order the room took its decisions in. The document keeps no time of
 * consent, but the room proposes from the final vote's ranking, so: the
 * ranking of the last revealed round on ideas, then any other idea by age.
 */
export function decisionOrder(workshop: WorkshopSnapshot, tallyOf: ((roundId: string) => Tally | null) | null): Idea[] {
  const ideas = Object.values(workshop.ideas).filter((idea) => idea.consent !== 'none');
  const finalRound = tallyOf
    ? revealedResults(workshop, tallyOf).filter(({ round }) => round.ballot === 'ideas').at(-1)
    : undefined;
  const rank = new Map<string, number>();
  if (finalRound) rankDots(finalRound.tally.dots).forEach((r, i) => rank.set(r.itemId, i));
  const last = Number.MAX_SAFE_INTEGER;
  return ideas.sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) || byAge(a, b));
}

const OUTCOME: Record<Idea['consent'], string> = {
  none: '',
  proposed: 'Still proposed: consent has not been recorded yet.',
  agreed: 'Consent given: the room agreed to try this change.',
  withdrawn: 'Withdrawn: the room chose not to go ahead with it now.',
};

function objectionLine(objection: Objection, workshop: WorkshopSnapshot, showNames: boolean): string {
  const who = showNames && objection.raisedBy ? workshop.participants[objection.raisedBy]?.displayName.trim() : '';
  const raised = `${who ? `${who} objected` : 'Objection'}: “${objection.reason}”`;
  switch (objection.status) {
    case 'resolved': return `${raised}. Resolved: “${objection.response}”`;
    case 'noted': return `${raised}. Noted on the record: “${objection.response}”`;
    default: return `${raised}. Still open.`;
  }
}

export function consentBlocks(workshop: WorkshopSnapshot, tallyOf: ((roundId: string) => Tally | null) | null, showNames: boolean): Block[] {
  const ideas = decisionOrder(workshop, tallyOf);
  if (ideas.length === 0) return [{ kind: 'note', text: 'No change went to a consent round.' }];
  const objections = Object.values(workshop.objections).sort(byAge);
  const agreed = ideas.filter((idea) => idea.consent === 'agreed').length;
  const blocks: Block[] = [{
    kind: 'paragraph',
    inlines: [{ text: `${plural(ideas.length, 'change went', 'changes went')} to the consent round; ${plural(agreed, 'was', 'were')} agreed. A change passes unless someone raises a principled objection, and each objection is resolved or noted before consent is recorded.` }],
  }];
  for (const idea of ideas) {
    const against = objections.filter((o) => o.ideaId === idea.id);
    blocks.push({ kind: 'heading', level: 2, text: idea.text });
    blocks.push({ kind: 'paragraph', inlines: [{ text: OUTCOME[idea.consent] }] });
    blocks.push(against.length === 0
      ? { kind: 'note', text: 'No objection was raised.' }
      : { kind: 'list', ordered: false, items: against.map((o) => ({ level: 0, inlines: [{ text: objectionLine(o, workshop, showNames) }] })) });
  }
  return blocks;
}
