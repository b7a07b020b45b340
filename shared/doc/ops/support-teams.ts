// The support teams and their purposes, in the room's own words.
import type * as Y from 'yjs';
import { newId } from '../ids.js';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, supportTeamRecord, supportTeamsMap } from '../schema.js';
import { checkOptionalWords, editTextField, orderAfterLast, ruleFor, type TextFieldRule } from './blueprint-util.js';
import { checkField, checkWords, getRecord, newRecordMap, transactLocal } from './util.js';

const TEXT_RULES: Readonly<Record<'name' | 'purpose', TextFieldRule>> = {
  name: { what: 'team name', max: MAX_TITLE_LENGTH, optional: false },
  purpose: { what: 'purpose', max: MAX_NOTE_LENGTH, optional: true },
};

export function addSupportTeam(doc: Y.Doc, input: { name: string; purpose?: string; seedKey?: string }): string {
  const name = checkWords('team name', input.name, MAX_TITLE_LENGTH);
  const purpose = checkOptionalWords('purpose', input.purpose ?? '', MAX_NOTE_LENGTH);
  const seedKey = checkField(supportTeamRecord.fields.seedKey, input.seedKey ?? '');
  const id = newId(supportTeamRecord.prefix);
  const order = orderAfterLast(doc, 'supportTeam');
  return transactLocal(doc, () => {
    supportTeamsMap(doc).set(id, newRecordMap(supportTeamRecord, id, { name, purpose, seedKey, order, createdAt: Date.now() }));
    return id;
  });
}

export function editSupportTeamText(doc: Y.Doc, id: string, field: 'name' | 'purpose', text: string): void {
  editTextField(doc, 'supportTeam', id, field, text, ruleFor(TEXT_RULES, field, 'support team'));
}

export function deleteSupportTeam(doc: Y.Doc, id: string): void {
  getRecord(doc, 'supportTeam', id);
  transactLocal(doc, () => {
    supportTeamsMap(doc).delete(id);
  });
}
