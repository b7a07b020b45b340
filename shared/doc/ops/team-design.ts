// The Family Facing Teams' design and the roles shared inside each team.
import * as Y from 'yjs';
import { newId } from '../ids.js';
import {
  MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, TEAM_DESIGN_ID, teamDesignRecord, teamDesignsMap, teamRoleRecord, teamRolesMap,
} from '../schema.js';
import { checkOptionalWords, editTextField, orderAfterLast, ruleFor, type TextFieldRule } from './blueprint-util.js';
import { OpError } from './op-error.js';
import { checkPatch, checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

export interface TeamDesignPatch {
  readonly size?: number;
  readonly teamCount?: number | null;
  readonly budgetPerTeam?: number | null;
}

const DESIGN_TEXT: Readonly<Record<'patches' | 'budgetCovers', TextFieldRule>> = {
  patches: { what: 'patches', max: MAX_NOTE_LENGTH, optional: true },
  budgetCovers: { what: 'description of what the budget covers', max: MAX_NOTE_LENGTH, optional: true },
};
const ROLE_TEXT: Readonly<Record<'name' | 'purpose', TextFieldRule>> = {
  name: { what: 'role name', max: MAX_TITLE_LENGTH, optional: false },
  purpose: { what: 'description of the role', max: MAX_NOTE_LENGTH, optional: true },
};

/** The team design record; creating it is part of starting the blueprint (seedBlueprint). */
function designMap(doc: Y.Doc): Y.Map<unknown> {
  const map = teamDesignsMap(doc).get(TEAM_DESIGN_ID);
  if (!(map instanceof Y.Map)) throw new OpError('The blueprint has not been started yet: start it before designing the teams.');
  return map;
}

/** Creates the team design with its defaults, if it is not there yet. Returns whether it did. */
export function ensureTeamDesign(doc: Y.Doc): boolean {
  if (teamDesignsMap(doc).get(TEAM_DESIGN_ID) instanceof Y.Map) return false;
  transactLocal(doc, () => {
    teamDesignsMap(doc).set(TEAM_DESIGN_ID, newRecordMap(teamDesignRecord, TEAM_DESIGN_ID, { createdAt: Date.now() }));
  });
  return true;
}

export function updateTeamDesign(doc: Y.Doc, patch: TeamDesignPatch): void {
  const map = designMap(doc);
  const entries = checkPatch(teamDesignRecord.fields, patch, ['size', 'teamCount', 'budgetPerTeam'], 'team design')
    .filter(([name, value]) => map.get(name) !== value);
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
  });
}

export function editTeamDesignText(doc: Y.Doc, field: 'patches' | 'budgetCovers', text: string): void {
  designMap(doc);
  editTextField(doc, 'teamDesign', TEAM_DESIGN_ID, field, text, ruleFor(DESIGN_TEXT, field, 'team design'));
}

export function addTeamRole(doc: Y.Doc, input: { name: string; purpose?: string; holder?: string; seedKey?: string }): string {
  const name = checkWords('role name', input.name, MAX_TITLE_LENGTH);
  const purpose = checkOptionalWords('description of the role', input.purpose ?? '', MAX_NOTE_LENGTH);
  const rest = checkPatch(teamRoleRecord.fields, { holder: input.holder ?? '', seedKey: input.seedKey ?? '' }, ['holder', 'seedKey'], 'shared role');
  const id = newId(teamRoleRecord.prefix);
  const order = orderAfterLast(doc, 'teamRole');
  return transactLocal(doc, () => {
    teamRolesMap(doc).set(id, newRecordMap(teamRoleRecord, id, { ...Object.fromEntries(rest), name, purpose, order, createdAt: Date.now() }));
    return id;
  });
}

export function editTeamRoleText(doc: Y.Doc, id: string, field: 'name' | 'purpose', text: string): void {
  editTextField(doc, 'teamRole', id, field, text, ruleFor(ROLE_TEXT, field, 'shared role'));
}

/** Who holds the role now (or how it rotates). */
export function setTeamRoleHolder(doc: Y.Doc, id: string, holder: string): void {
  const map = getRecord(doc, 'teamRole', id);
  const entries = checkPatch(teamRoleRecord.fields, { holder }, ['holder'], 'shared role');
  if (map.get('holder') === holder) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
  });
}

export function deleteTeamRole(doc: Y.Doc, id: string): void {
  getRecord(doc, 'teamRole', id);
  transactLocal(doc, () => {
    teamRolesMap(doc).delete(id);
  });
}
