// The decision-rights matrix: rows are decisions, cells say what each team does.
import type * as Y from 'yjs';
import { newId } from '../ids.js';
import {
  BLUEPRINT_TEAMS, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, decisionRecord, decisionsMap,
  type BlueprintTeamId, type DecisionLevelId,
} from '../schema.js';
import { editTextField, orderAfterLast, checkOptionalWords, ruleFor, type TextFieldRule } from './blueprint-util.js';
import { OpError } from './op-error.js';
import { checkField, checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

export interface NewDecision {
  readonly label: string;
  readonly note?: string;
  readonly rights?: Readonly<Partial<Record<BlueprintTeamId, DecisionLevelId | null>>>;
  /** Which seeded decision it is ('' or omitted for one the room adds). */
  readonly seedKey?: string;
}

const TEAM_IDS: readonly string[] = BLUEPRINT_TEAMS.map((t) => t.id);

const TEXT_RULES: Readonly<Record<'label' | 'note', TextFieldRule>> = {
  label: { what: 'decision', max: MAX_TITLE_LENGTH, optional: false },
  note: { what: 'note on the decision', max: MAX_NOTE_LENGTH, optional: true },
};

function checkTeam(team: unknown): BlueprintTeamId {
  if (typeof team !== 'string' || !TEAM_IDS.includes(team)) throw new OpError(`There is no team "${String(team)}" in the decision-rights matrix.`);
  return team as BlueprintTeamId;
}

export function addDecision(doc: Y.Doc, input: NewDecision): string {
  const label = checkWords('decision', input.label, MAX_TITLE_LENGTH);
  const note = checkOptionalWords('note on the decision', input.note ?? '', MAX_NOTE_LENGTH);
  const rights: Record<string, unknown> = {};
  for (const [team, level] of Object.entries(input.rights ?? {})) {
    rights[checkTeam(team)] = checkField(decisionRecord.fields[team as BlueprintTeamId], level ?? null);
  }
  const seedKey = checkField(decisionRecord.fields.seedKey, input.seedKey ?? '');
  const id = newId(decisionRecord.prefix);
  const order = orderAfterLast(doc, 'decision');
  return transactLocal(doc, () => {
    decisionsMap(doc).set(id, newRecordMap(decisionRecord, id, { ...rights, label, note, seedKey, order, createdAt: Date.now() }));
    return id;
  });
}

/** Edits the decision's words ('label') or its note ('note'). */
export function editDecisionText(doc: Y.Doc, id: string, field: 'label' | 'note', text: string): void {
  editTextField(doc, 'decision', id, field, text, ruleFor(TEXT_RULES, field, 'decision'));
}

/** Sets one cell: what a team does about a decision (null: not involved). */
export function setDecisionRight(doc: Y.Doc, id: string, team: BlueprintTeamId, level: DecisionLevelId | null): void {
  const map = getRecord(doc, 'decision', id);
  const column = checkTeam(team);
  const value = checkField(decisionRecord.fields[column], level);
  if ((map.get(column) ?? null) === value) return;
  transactLocal(doc, () => map.set(column, value));
}

export function deleteDecision(doc: Y.Doc, id: string): void {
  getRecord(doc, 'decision', id);
  transactLocal(doc, () => {
    decisionsMap(doc).delete(id);
  });
}
