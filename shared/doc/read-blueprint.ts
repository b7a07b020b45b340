// Readers of the local blueprint's structured parts. Like read.ts they never
// throw: a missing or mistyped field reads as its default.
import * as Y from 'yjs';
import type { Fields, PlainOf } from './records/fields.js';
import type { RecordDef } from './records/define.js';
import { readRecord } from './read.js';
import {
  IMPACT_MODEL_ID, TEAM_DESIGN_ID, decisionRecord, evidenceRecord, impactModelRecord, recordsOf, supportTeamRecord,
  teamDesignRecord, teamRoleRecord, trackedChangeRecord, type RecordKind, type RecordMap,
} from './schema.js';
import type {
  BlueprintSnapshot, Decision, EvidenceLine, StoredImpactInputs, SupportTeam, TeamDesign, TeamRole, TrackedChange,
} from './blueprint-types.js';

export const readDecision = (map: RecordMap): Decision => readRecord(decisionRecord, map) as unknown as Decision;
export const readSupportTeam = (map: RecordMap): SupportTeam => readRecord(supportTeamRecord, map) as unknown as SupportTeam;
export const readTeamRole = (map: RecordMap): TeamRole => readRecord(teamRoleRecord, map) as unknown as TeamRole;
export const readTeamDesign = (map: RecordMap): TeamDesign => readRecord(teamDesignRecord, map) as unknown as TeamDesign;
export const readTrackedChange = (map: RecordMap): TrackedChange => readRecord(trackedChangeRecord, map) as unknown as TrackedChange;
export const readEvidenceLine = (map: RecordMap): EvidenceLine => readRecord(evidenceRecord, map) as unknown as EvidenceLine;
export const readImpactInputs = (map: RecordMap): StoredImpactInputs => readRecord(impactModelRecord, map) as unknown as StoredImpactInputs;

function readAll<T>(doc: Y.Doc, kind: RecordKind, def: RecordDef): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, map] of recordsOf(doc, kind).entries()) {
    if (map instanceof Y.Map) out[id] = { ...readRecord(def, map), id } as T;
  }
  return out;
}

function readOne<T>(doc: Y.Doc, kind: RecordKind, id: string, read: (map: RecordMap) => T): T | null {
  const map = recordsOf(doc, kind).get(id);
  return map instanceof Y.Map ? read(map) : null;
}

export function readBlueprint(doc: Y.Doc): BlueprintSnapshot {
  return {
    decisions: readAll<Decision>(doc, 'decision', decisionRecord),
    supportTeams: readAll<SupportTeam>(doc, 'supportTeam', supportTeamRecord),
    teamRoles: readAll<TeamRole>(doc, 'teamRole', teamRoleRecord),
    teamDesign: readOne(doc, 'teamDesign', TEAM_DESIGN_ID, readTeamDesign),
    trackedChanges: readAll<TrackedChange>(doc, 'trackedChange', trackedChangeRecord),
    evidence: readAll<EvidenceLine>(doc, 'evidence', evidenceRecord),
    impactInputs: readOne(doc, 'impactModel', IMPACT_MODEL_ID, readImpactInputs),
  };
}

// Compile-time check that blueprint-types.ts and records/*.ts describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Snap<F extends Fields> = { readonly id: string } & PlainOf<F>;
const shapesAgree: [
  Same<Decision, Snap<typeof decisionRecord.fields>>,
  Same<SupportTeam, Snap<typeof supportTeamRecord.fields>>,
  Same<TeamRole, Snap<typeof teamRoleRecord.fields>>,
  Same<TeamDesign, Snap<typeof teamDesignRecord.fields>>,
  Same<TrackedChange, Snap<typeof trackedChangeRecord.fields>>,
  Same<EvidenceLine, Snap<typeof evidenceRecord.fields>>,
  Same<StoredImpactInputs, Snap<typeof impactModelRecord.fields>>,
] = [true, true, true, true, true, true, true];
void shapesAgree;
