// Readers turn Y.Maps into plain snapshots. They never throw: a missing field,
// or one of the wrong type, reads as its default (validateDoc reports it).
import * as Y from 'yjs';
import type { FieldDef, Fields, PlainOf } from './records/fields.js';
import type { RecordDef } from './records/define.js';
import {
  RECORDS, blockerRecord, categoryRecord, ideaRecord, metaFields, metaMap, objectionRecord, participantRecord, recordsOf, roundRecord, sectionRecord,
  themeRecord, voteRecord, type RecordKind, type RecordMap,
} from './schema.js';
import type {
  Blocker, BlueprintSection, Idea, Objection, Participant, Theme, Vote, VotingRound, WorkshopCategory, WorkshopMeta, WorkshopSnapshot,
} from './types.js';

/** Does a plain value have the field's type (ignoring limits such as length)? */
export function fitsFieldType(def: FieldDef, raw: unknown): boolean {
  if (raw === null) return def.nullable;
  switch (def.type) {
    case 'string':
      // A field with both values and prefixes takes a seeded id or a record id.
      return typeof raw === 'string' && (def.values === undefined || def.values.includes(raw)
        || (def.prefixes?.some((prefix) => raw.startsWith(prefix)) ?? false));
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw);
    case 'boolean':
      return typeof raw === 'boolean';
    case 'string[]':
      return Array.isArray(raw) && raw.every((v) => typeof v === 'string');
    case 'xml':
      return false;
  }
}

/** The keys of an id set held as a Y.Map (id -> true), sorted for a stable order. */
export function readIdSet(raw: unknown): string[] {
  if (!(raw instanceof Y.Map)) return [];
  const ids: string[] = [];
  for (const [id, present] of raw.entries()) if (present === true) ids.push(id);
  return ids.sort();
}

function readField(def: FieldDef, raw: unknown): unknown {
  switch (def.storage) {
    case 'Y.Text':
      return raw instanceof Y.Text ? raw.toString() : def.default;
    case 'Y.Map<id,true>':
      return readIdSet(raw);
    case 'Y.XmlFragment':
      return undefined;
    case 'value':
      if (!fitsFieldType(def, raw)) return def.default;
      return Array.isArray(raw) ? [...raw] : raw;
  }
}

function readFields(fields: Fields, map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(fields)) {
    if (def.storage !== 'Y.XmlFragment') out[name] = readField(def, map.get(name));
  }
  return out;
}

/** The record's id: its `id` field, else the key it is stored under. */
export function readRecordId(map: RecordMap): string {
  const id = map.get('id');
  if (typeof id === 'string') return id;
  return map._item?.parentSub ?? '';
}

/** Reads any record with the given definition. */
export function readRecord(def: RecordDef, map: RecordMap): Record<string, unknown> & { id: string } {
  return { id: readRecordId(map), ...readFields(def.fields, map) };
}

export const readMeta = (doc: Y.Doc): WorkshopMeta => readFields(metaFields, metaMap(doc)) as unknown as WorkshopMeta;
export const readParticipant = (map: RecordMap): Participant => readRecord(participantRecord, map) as unknown as Participant;
export const readBlocker = (map: RecordMap): Blocker => readRecord(blockerRecord, map) as unknown as Blocker;
export const readTheme = (map: RecordMap): Theme => readRecord(themeRecord, map) as unknown as Theme;
export const readIdea = (map: RecordMap): Idea => readRecord(ideaRecord, map) as unknown as Idea;
export const readRound = (map: RecordMap): VotingRound => readRecord(roundRecord, map) as unknown as VotingRound;
export const readVote = (map: RecordMap): Vote => readRecord(voteRecord, map) as unknown as Vote;
export const readSection = (map: RecordMap): BlueprintSection => readRecord(sectionRecord, map) as unknown as BlueprintSection;
export const readCategory = (map: RecordMap): WorkshopCategory => readRecord(categoryRecord, map) as unknown as WorkshopCategory;
export const readObjection = (map: RecordMap): Objection => readRecord(objectionRecord, map) as unknown as Objection;

function readAll<T>(doc: Y.Doc, kind: RecordKind): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, map] of recordsOf(doc, kind).entries()) {
    // A foreign value in a root (not a Y.Map) is skipped; validateDoc reports it.
    if (map instanceof Y.Map) out[id] = { ...readRecord(RECORDS[kind], map), id } as T;
  }
  return out;
}

export function readWorkshop(doc: Y.Doc): WorkshopSnapshot {
  return {
    meta: readMeta(doc),
    participants: readAll<Participant>(doc, 'participant'),
    blockers: readAll<Blocker>(doc, 'blocker'),
    themes: readAll<Theme>(doc, 'theme'),
    ideas: readAll<Idea>(doc, 'idea'),
    rounds: readAll<VotingRound>(doc, 'round'),
    votes: readAll<Vote>(doc, 'vote'),
    sections: readAll<BlueprintSection>(doc, 'section'),
    categories: readAll<WorkshopCategory>(doc, 'category'),
    objections: readAll<Objection>(doc, 'objection'),
  };
}

// Compile-time check that types.ts and records/*.ts describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Snap<F extends Fields> = { readonly id: string } & Omit<PlainOf<F>, 'body'>;
type Loosen<T> = { [K in keyof T]: T[K] extends readonly (infer E)[] ? readonly E[] : T[K] };
const shapesAgree: [
  Same<WorkshopMeta, PlainOf<typeof metaFields>>,
  Same<Participant, Snap<typeof participantRecord.fields>>,
  Same<Blocker, Snap<typeof blockerRecord.fields>>,
  Same<Theme, Snap<typeof themeRecord.fields>>,
  Same<Idea, Loosen<Snap<typeof ideaRecord.fields>>>,
  Same<VotingRound, Loosen<Snap<typeof roundRecord.fields>>>,
  Same<Vote, Snap<typeof voteRecord.fields>>,
  Same<BlueprintSection, Snap<typeof sectionRecord.fields>>,
  Same<WorkshopCategory, Snap<typeof categoryRecord.fields>>,
  Same<Objection, Snap<typeof objectionRecord.fields>>,
] = [true, true, true, true, true, true, true, true, true, true];
void shapesAgree;
