// exportModel: the workshop as one ordered export model (cover, contents,
// blueprint sections, vote results, appendices). Pure: the same document
// gives the same model on every laptop, and every format renders from it.
import * as Y from 'yjs';
import type { BlueprintSnapshot } from '../doc/blueprint-types.js';
import { readBlueprint } from '../doc/read-blueprint.js';
import { SECTION_KINDS, sectionsMap, type SectionKindId } from '../doc/schema.js';
import type { BlueprintSection, WorkshopSnapshot } from '../doc/types.js';
import { tallyRound, type Tally } from '../vote/index.js';
import { blockersAppendix, ideasAppendix } from './appendix-blocks.js';
import { consentBlocks, heldConsentRound } from './consent-blocks.js';
import { changesBlocks, decisionRightsBlocks, evidenceBlocks, supportTeamsBlocks, teamDesignBlocks } from './blueprint-blocks.js';
import { formatDate, people } from './format.js';
import { impactBlocks } from './impact-blocks.js';
import type { Block, ExportModel, ExportPart } from './model-types.js';
import { proseBlocks } from './prose.js';
import { voteBlocks } from './vote-blocks.js';

export type * from './model-types.js';

const EMPTY_BLUEPRINT: BlueprintSnapshot = {
  decisions: {}, supportTeams: {}, teamRoles: {}, teamDesign: null, trackedChanges: {}, evidence: {}, impactInputs: null,
};

/** Names appear only when notes are not anonymous AND the workshop chose to show them. */
export function showsNames(workshop: Pick<WorkshopSnapshot, 'meta'>): boolean {
  return !workshop.meta.anonymous && workshop.meta.namesInExports === true;
}

/** The section kinds whose structured content the export adds below their prose. */
const STRUCTURED: readonly SectionKindId[] = ['evidence', 'changes', 'team-design', 'decision-rights', 'support-teams', 'impact'];

function structuredBlocks(kind: SectionKindId, workshop: WorkshopSnapshot, blueprint: BlueprintSnapshot): Block[] {
  switch (kind) {
    case 'evidence': return evidenceBlocks(workshop);
    case 'changes': return changesBlocks(workshop, blueprint);
    case 'team-design': return teamDesignBlocks(blueprint);
    case 'decision-rights': return decisionRightsBlocks(blueprint);
    case 'support-teams': return supportTeamsBlocks(blueprint);
    case 'impact': return impactBlocks(blueprint);
    default: return [];
  }
}

/** Live sections in reading order: by order, then id, as every laptop shows them. */
function liveSections(workshop: WorkshopSnapshot): BlueprintSection[] {
  return Object.values(workshop.sections)
    .filter((s) => s.deletedAt === null)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function bodyOf(doc: Y.Doc | undefined, sectionId: string): Y.XmlFragment | null {
  const body = doc ? sectionsMap(doc).get(sectionId)?.get('body') : undefined;
  return body instanceof Y.XmlFragment ? body : null;
}

const kindLabel = (kind: SectionKindId): string => SECTION_KINDS.find((k) => k.id === kind)?.label ?? kind;

/**
 * The export model of a workshop. `doc` brings what a snapshot does not hold:
 * the sections' prose, the blueprint's structured parts and the vote tallies;
 * without it those parts say they are not available.
 */
export function exportModel(workshop: WorkshopSnapshot, doc?: Y.Doc): ExportModel {
  const blueprint = doc ? readBlueprint(doc) : EMPTY_BLUEPRINT;
  const tallyOf = doc ? (roundId: string): Tally | null => tallyRound(doc, roundId) : null;
  const names = showsNames(workshop);
  const parts: ExportPart[] = [];
  const used = new Set<string>();
  const partId = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  const covered = new Set<SectionKindId>();
  for (const section of liveSections(workshop)) {
    const structured = covered.has(section.kind) ? [] : structuredBlocks(section.kind, workshop, blueprint);
    covered.add(section.kind);
    const prose = proseBlocks(bodyOf(doc, section.id));
    const blocks = [...prose, ...structured];
    parts.push({
      id: partId(`section-${section.kind}`),
      title: section.title.trim() || kindLabel(section.kind),
      blocks: blocks.length > 0 ? blocks : [{ kind: 'note', text: 'Nothing has been written in this section yet.' }],
      appendix: false,
    });
  }
  // A structured part whose section was deleted (or never made) still goes in, under its own name.
  for (const kind of STRUCTURED) {
    if (covered.has(kind) || (kind === 'impact' && blueprint.impactInputs === null)) continue;
    const blocks = structuredBlocks(kind, workshop, blueprint);
    if (blocks.every((b) => b.kind === 'note')) continue;
    parts.push({ id: partId(`section-${kind}`), title: kindLabel(kind), blocks, appendix: false });
  }

  parts.push({ id: partId('vote-results'), title: 'Vote results', blocks: voteBlocks(workshop, tallyOf), appendix: false });
  // The decision that followed the vote, once the room held one.
  if (heldConsentRound(workshop)) {
    parts.push({ id: partId('consent'), title: 'The consent round', blocks: consentBlocks(workshop, tallyOf, names), appendix: false });
  }
  parts.push({ id: partId('appendix-blockers'), title: 'Appendix A: all blockers', blocks: blockersAppendix(workshop, names), appendix: true });
  parts.push({ id: partId('appendix-ideas'), title: 'Appendix B: all small change ideas', blocks: ideasAppendix(workshop), appendix: true });

  const participants = Object.values(workshop.participants);
  const { meta } = workshop;
  return {
    cover: {
      title: meta.title.trim() || 'Untitled workshop',
      localAuthority: meta.localAuthority.trim(),
      date: formatDate(meta.date),
      tookPart: `${people(participants.length)} took part`,
      names: names
        ? participants.map((p) => p.displayName.trim()).filter(Boolean).sort((a, b) => a.localeCompare(b, 'en-GB'))
        : null,
    },
    language: 'en-GB',
    contents: parts.map((p) => ({ id: p.id, title: p.title })),
    parts,
  };
}
