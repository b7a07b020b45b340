// "Fill the blueprint from the workshop": one action, one transaction (one
// undo step). What it adds is planned by shared/blueprint/seed-plan.ts, which
// never plans to overwrite anything people wrote; running it again is safe.
import * as Y from 'yjs';
import { planBlueprintSeed } from '../../blueprint/seed-plan.js';
import { lastRevealedIdeaVote } from '../../blueprint/revealed-vote.js';
import { DECISION_SEEDS, SUPPORT_TEAM_SEEDS, TEAM_ROLE_SEEDS } from '../../blueprint/seeds.js';
import type { ChoiceSource } from '../../blueprint/chosen-ideas.js';
import { newId } from '../ids.js';
import { readBlueprint } from '../read-blueprint.js';
import { readWorkshop } from '../read.js';
import { evidenceMap, evidenceRecord, MAX_TITLE_LENGTH } from '../schema.js';
import { addDecision } from './decisions.js';
import { ensureImpactModel } from './impact.js';
import { addSection } from './sections.js';
import { addSupportTeam } from './support-teams.js';
import { addTeamRole, ensureTeamDesign } from './team-design.js';
import { addTrackedChange } from './tracked-changes.js';
import { orderAfterLast } from './blueprint-util.js';
import { newRecordMap, transactLocal } from './util.js';

export interface SeedReport {
  /** The structure was seeded (the first run). */
  readonly started: boolean;
  readonly sectionsAdded: number;
  readonly changesAdded: number;
  readonly evidenceAdded: number;
  readonly evidenceRefreshed: number;
  /** Where the chosen changes came from. */
  readonly choiceSource: ChoiceSource;
}

/** A change's title: the idea's words, cut to fit. */
function titleOf(text: string): string {
  const words = text.trim() || 'Untitled change';
  const max = MAX_TITLE_LENGTH * 4;
  return words.length > max ? `${words.slice(0, max - 1)}…` : words;
}

/** A category's name as the evidence keeps it: a stored line holds at most 120 characters. */
function labelOf(name: string): string {
  return name.length > MAX_TITLE_LENGTH ? `${name.slice(0, MAX_TITLE_LENGTH - 1)}…` : name;
}

export function seedBlueprint(doc: Y.Doc, now: number = Date.now()): SeedReport {
  const workshop = readWorkshop(doc);
  const plan = planBlueprintSeed(workshop, readBlueprint(doc), lastRevealedIdeaVote(doc));
  const nothingNew = !plan.start && plan.changes.length === 0 && plan.evidenceToAdd.length === 0 && plan.evidenceToRefresh.length === 0;
  if (!nothingNew) transactLocal(doc, () => {
    if (plan.start) {
      for (const seed of plan.sections) addSection(doc, { title: seed.title, kind: seed.kind });
      for (const seed of DECISION_SEEDS) addDecision(doc, { label: seed.label, note: seed.note, rights: seed.rights, seedKey: seed.key });
      for (const seed of SUPPORT_TEAM_SEEDS) addSupportTeam(doc, { name: seed.name, purpose: seed.purpose, seedKey: seed.key });
      for (const seed of TEAM_ROLE_SEEDS) addTeamRole(doc, { name: seed.name, purpose: seed.purpose, seedKey: seed.key });
      ensureTeamDesign(doc);
      ensureImpactModel(doc);
    }
    for (const { idea } of plan.changes) {
      addTrackedChange(doc, {
        title: titleOf(idea.text),
        ideaId: idea.id,
        owner: idea.owner,
        firstStep: idea.firstStep,
        reviewDate: idea.reviewDate,
        measure: idea.measure,
      });
    }
    for (const figures of plan.evidenceToAdd) {
      const id = newId(evidenceRecord.prefix);
      const order = orderAfterLast(doc, 'evidence');
      evidenceMap(doc).set(id, newRecordMap(evidenceRecord, id, { ...figures, label: labelOf(figures.label), order, seededAt: now, createdAt: now }));
    }
    for (const { id, figures } of plan.evidenceToRefresh) {
      const map = evidenceMap(doc).get(id);
      if (!map) continue;
      map.set('label', labelOf(figures.label));
      map.set('notes', figures.notes);
      map.set('minutesPerWorker', figures.minutesPerWorker);
      map.set('seededAt', now);
    }
  });
  return {
    started: plan.start,
    sectionsAdded: plan.sections.length,
    changesAdded: plan.changes.length,
    evidenceAdded: plan.evidenceToAdd.length,
    evidenceRefreshed: plan.evidenceToRefresh.length,
    choiceSource: plan.choiceSource,
  };
}
