// The one module that owns the shape of the workshop document: root names,
// record definitions (fields, defaults, id prefixes, validators) and the schema
// version. No other file calls doc.getMap with a literal name.
import * as Y from 'yjs';
import { blockerRecord } from './records/blocker.js';
import { categoryRecord } from './records/category.js';
import { ideaRecord } from './records/idea.js';
import { metaFields, metaValidator } from './records/meta.js';
import { objectionRecord } from './records/objection.js';
import { participantRecord } from './records/participant.js';
import { roundRecord } from './records/round.js';
import { sectionRecord } from './records/section.js';
import { themeRecord } from './records/theme.js';
import { voteRecord } from './records/vote.js';
import { decisionRecord } from './records/decision.js';
import { evidenceRecord } from './records/evidence.js';
import { impactModelRecord } from './records/impact-model.js';
import { supportTeamRecord } from './records/support-team.js';
import { teamDesignRecord } from './records/team-design.js';
import { teamRoleRecord } from './records/team-role.js';
import { trackedChangeRecord } from './records/tracked-change.js';
import { agendaStepRecord } from './records/agenda-step.js';
import { surveyAnswerRecord } from './records/survey-answer.js';
import { changeReviewRecord } from './records/change-review.js';

export * from './seeded-lists.js';
export * from './blueprint-lists.js';
export type { FieldDef, Fields, Storage, BaseType } from './records/fields.js';
export type { RecordDef } from './records/define.js';
export { blockerRecord, categoryRecord, ideaRecord, metaFields, metaValidator, objectionRecord, participantRecord, roundRecord, sectionRecord, themeRecord, voteRecord };
export { decisionRecord, evidenceRecord, impactModelRecord, supportTeamRecord, teamDesignRecord, teamRoleRecord, trackedChangeRecord };
export { agendaStepRecord, surveyAnswerRecord, changeReviewRecord };

/** Moves forward by one with each migration in migrations.ts. */
export const SCHEMA_VERSION = 2;

/** Every record kind, keyed by kind; the key is also the id prefix before ':'. */
export const RECORDS = Object.freeze({
  participant: participantRecord,
  blocker: blockerRecord,
  theme: themeRecord,
  idea: ideaRecord,
  round: roundRecord,
  vote: voteRecord,
  section: sectionRecord,
  category: categoryRecord,
  objection: objectionRecord,
  // The local blueprint's structured parts.
  decision: decisionRecord,
  supportTeam: supportTeamRecord,
  teamRole: teamRoleRecord,
  teamDesign: teamDesignRecord,
  trackedChange: trackedChangeRecord,
  evidence: evidenceRecord,
  impactModel: impactModelRecord,
  // Facilitation: the agenda, the anonymous temperature check, reviews of earlier changes.
  agendaStep: agendaStepRecord,
  surveyAnswer: surveyAnswerRecord,
  changeReview: changeReviewRecord,
});
export type RecordKind = keyof typeof RECORDS;
export const RECORD_KINDS = Object.keys(RECORDS) as RecordKind[];

/** The Y.Doc root name of each part of the workshop. Never rename one. */
export const ROOT_NAMES = Object.freeze({
  meta: 'meta',
  participant: 'participants',
  blocker: 'blockers',
  theme: 'themes',
  idea: 'ideas',
  round: 'rounds',
  vote: 'votes',
  section: 'sections',
  category: 'categories',
  objection: 'objections',
  decision: 'decisions',
  supportTeam: 'supportTeams',
  teamRole: 'teamRoles',
  teamDesign: 'teamDesigns',
  trackedChange: 'trackedChanges',
  evidence: 'evidence',
  impactModel: 'impactModels',
  agendaStep: 'agenda',
  surveyAnswer: 'surveyAnswers',
  changeReview: 'changeReviews',
} as const);
export const ALL_ROOT_NAMES: readonly string[] = Object.values(ROOT_NAMES);

/**
 * Field names that once existed and were retired. A name listed here is never
 * used again (old documents and old peers may still carry it).
 */
export const RETIRED_FIELDS: Readonly<Record<'meta' | RecordKind, readonly string[]>> = Object.freeze({
  meta: [],
  participant: [],
  blocker: [],
  theme: [],
  idea: [],
  round: [],
  vote: [],
  section: [],
  category: [],
  objection: [],
  decision: [],
  supportTeam: [],
  teamRole: [],
  teamDesign: [],
  trackedChange: [],
  evidence: [],
  impactModel: [],
  agendaStep: [],
  surveyAnswer: [],
  changeReview: [],
});

/** A record: a nested Y.Map of its fields, keyed by field name. */
export type RecordMap = Y.Map<unknown>;
/** A root: record id -> record map. */
export type RecordsRoot = Y.Map<RecordMap>;

export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const participantsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('participants');
export const blockersMap = (doc: Y.Doc): RecordsRoot => doc.getMap('blockers');
export const themesMap = (doc: Y.Doc): RecordsRoot => doc.getMap('themes');
export const ideasMap = (doc: Y.Doc): RecordsRoot => doc.getMap('ideas');
export const roundsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('rounds');
export const votesMap = (doc: Y.Doc): RecordsRoot => doc.getMap('votes');
export const sectionsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('sections');
export const categoriesMap = (doc: Y.Doc): RecordsRoot => doc.getMap('categories');
export const objectionsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('objections');

export const decisionsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('decisions');
export const supportTeamsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('supportTeams');
export const teamRolesMap = (doc: Y.Doc): RecordsRoot => doc.getMap('teamRoles');
export const teamDesignsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('teamDesigns');
export const trackedChangesMap = (doc: Y.Doc): RecordsRoot => doc.getMap('trackedChanges');
export const evidenceMap = (doc: Y.Doc): RecordsRoot => doc.getMap('evidence');
export const impactModelsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('impactModels');
export const agendaMap = (doc: Y.Doc): RecordsRoot => doc.getMap('agenda');
export const surveyAnswersMap = (doc: Y.Doc): RecordsRoot => doc.getMap('surveyAnswers');
export const changeReviewsMap = (doc: Y.Doc): RecordsRoot => doc.getMap('changeReviews');

const ROOT_ACCESSORS: Readonly<Record<RecordKind, (doc: Y.Doc) => RecordsRoot>> = {
  participant: participantsMap,
  blocker: blockersMap,
  theme: themesMap,
  idea: ideasMap,
  round: roundsMap,
  vote: votesMap,
  section: sectionsMap,
  category: categoriesMap,
  objection: objectionsMap,
  decision: decisionsMap,
  supportTeam: supportTeamsMap,
  teamRole: teamRolesMap,
  teamDesign: teamDesignsMap,
  trackedChange: trackedChangesMap,
  evidence: evidenceMap,
  impactModel: impactModelsMap,
  agendaStep: agendaMap,
  surveyAnswer: surveyAnswersMap,
  changeReview: changeReviewsMap,
};

/** The root map holding every record of one kind. */
export function recordsOf(doc: Y.Doc, kind: RecordKind): RecordsRoot {
  return ROOT_ACCESSORS[kind](doc);
}

/** Defines every root on a doc, so each is a Y.Map before any update arrives. */
export function defineRoots(doc: Y.Doc): void {
  metaMap(doc);
  for (const kind of RECORD_KINDS) recordsOf(doc, kind);
}

/** The kind of a record id (`blocker:…` -> 'blocker'), or null. */
export function kindOfId(id: string): RecordKind | null {
  const kind = id.slice(0, id.indexOf(':'));
  return Object.hasOwn(RECORDS, kind) ? (kind as RecordKind) : null;
}

/** The record kind stored under a root name, or 'meta'. */
export function kindOfRoot(rootName: string): RecordKind | 'meta' | null {
  for (const [kind, name] of Object.entries(ROOT_NAMES)) if (name === rootName) return kind as RecordKind | 'meta';
  return null;
}
