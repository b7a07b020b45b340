// What "Fill the blueprint from the workshop" would add. Pure: it compares the
// workshop with the blueprint as it is and plans only what is new, so running
// it again adds what is new and never overwrites what people wrote.
//  - The structure (sections, decision rights, support teams, shared roles,
//    team design, impact model) is seeded once, when the blueprint starts.
//  - The tracker gets one change per chosen idea not already in it (a change
//    someone removed still counts as in it: it is not brought back).
//  - Evidence gets a line per category and scope not already there; the
//    figures of existing lines are refreshed (nobody types them); notes are never touched.
import type { BlueprintSnapshot, EvidenceLine } from '../doc/blueprint-types.js';
import type { BlueprintSection, WorkshopSnapshot } from '../doc/types.js';
import { chosenIdeas, type ChoiceSource, type ChosenIdea, type RevealedVote } from './chosen-ideas.js';
import { evidenceFromBoard, type EvidenceFigures } from './evidence-lines.js';
import { SECTION_SEEDS, type SectionSeed } from './seeds.js';

export interface SeedPlan {
  /** Seed the structure: the blueprint has not been started. */
  readonly start: boolean;
  readonly sections: readonly SectionSeed[];
  readonly changes: readonly ChosenIdea[];
  readonly choiceSource: ChoiceSource;
  readonly evidenceToAdd: readonly EvidenceFigures[];
  readonly evidenceToRefresh: readonly { readonly id: string; readonly figures: EvidenceFigures }[];
}

export type SeedWorkshop = Pick<WorkshopSnapshot, 'blockers' | 'themes' | 'categories' | 'meta' | 'ideas'> & {
  readonly sections: Readonly<Record<string, BlueprintSection>>;
};

const lineKey = (dimension: string, key: string) => `${dimension}\u0000${key}`;

/** The line for each (dimension, key): the earliest, if two laptops seeded at once. */
export function evidenceLineIndex(lines: Readonly<Record<string, EvidenceLine>>): Map<string, EvidenceLine> {
  const index = new Map<string, EvidenceLine>();
  const sorted = Object.values(lines).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const line of sorted) {
    const k = lineKey(line.dimension, line.key);
    if (!index.has(k)) index.set(k, line);
  }
  return index;
}

function differs(line: EvidenceLine, figures: EvidenceFigures): boolean {
  return line.notes !== figures.notes || line.minutesPerWorker !== figures.minutesPerWorker || line.label !== figures.label;
}

export function planBlueprintSeed(workshop: SeedWorkshop, blueprint: BlueprintSnapshot, vote: RevealedVote | null): SeedPlan {
  const start = blueprint.teamDesign === null;
  const kinds = new Set(Object.values(workshop.sections).map((s) => s.kind));
  const sections = start ? SECTION_SEEDS.filter((seed) => !kinds.has(seed.kind)) : [];

  const tracked = new Set(Object.values(blueprint.trackedChanges).map((c) => c.ideaId).filter((id) => id !== null));
  const chosen = chosenIdeas(workshop, vote);
  const changes = chosen.ideas.filter((c) => !tracked.has(c.idea.id));

  const index = evidenceLineIndex(blueprint.evidence);
  const evidenceToAdd: EvidenceFigures[] = [];
  const evidenceToRefresh: { id: string; figures: EvidenceFigures }[] = [];
  const onBoard = new Set<string>();
  for (const figures of evidenceFromBoard(workshop)) {
    const k = lineKey(figures.dimension, figures.key);
    onBoard.add(k);
    const line = index.get(k);
    if (!line) evidenceToAdd.push(figures);
    else if (differs(line, figures)) evidenceToRefresh.push({ id: line.id, figures });
  }
  // A line whose blockers have all gone from the board now counts nothing (its note stays).
  for (const [k, line] of index) {
    const emptied = { dimension: line.dimension, key: line.key, label: line.label, notes: 0, minutesPerWorker: 0 };
    if (!onBoard.has(k) && differs(line, emptied)) evidenceToRefresh.push({ id: line.id, figures: emptied });
  }
  return { start, sections, changes, choiceSource: chosen.source, evidenceToAdd, evidenceToRefresh };
}
