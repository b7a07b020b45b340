import * as Y from 'yjs';
import { newId } from '../ids.js';
import { MAX_NOTE_LENGTH, ideaRecord, ideasMap, type EffortId, type ImpactId, type ScopeId } from '../schema.js';
import { OpError } from './op-error.js';
import { checkPatch, checkWords, getRecord, newRecordMap, removeFromDraftRounds, setTextMinimal, textOf, transactLocal } from './util.js';

export interface NewIdea {
  readonly text: string;
  readonly blockerIds?: readonly string[];
  readonly scope?: ScopeId | null;
  readonly effort?: EffortId | null;
  readonly firstStep?: string;
  readonly owner?: string;
  /** YYYY-MM-DD or ''. */
  readonly reviewDate?: string;
  readonly measure?: string;
}

export interface IdeaPatch {
  /** Placed on the impact/effort grid; null hands it back to the hours. */
  readonly impact?: ImpactId | null;
  readonly scope?: ScopeId | null;
  readonly effort?: EffortId | null;
  readonly firstStep?: string;
  readonly owner?: string;
  readonly reviewDate?: string;
  readonly measure?: string;
}

const f = ideaRecord.fields;
const PATCHABLE = ['scope', 'effort', 'firstStep', 'owner', 'reviewDate', 'measure'] as const;
const UPDATABLE = [...PATCHABLE, 'impact'] as const;

export function addIdea(doc: Y.Doc, input: NewIdea): string {
  const text = checkWords('idea', input.text, MAX_NOTE_LENGTH);
  const { text: _words, blockerIds = [], ...rest } = input;
  const entries = checkPatch(f, rest, PATCHABLE, 'idea');
  if (!Array.isArray(blockerIds)) throw new OpError('The linked blockers must be a list of ids.');
  const links = [...new Set(blockerIds)];
  for (const blockerId of links) getRecord(doc, 'blocker', blockerId);
  const id = newId(ideaRecord.prefix);
  return transactLocal(doc, () => {
    ideasMap(doc).set(id, newRecordMap(ideaRecord, id, { ...Object.fromEntries(entries), text, blockerIds: links, createdAt: Date.now() }));
    return id;
  });
}

export function editIdeaText(doc: Y.Doc, id: string, text: string): void {
  const map = getRecord(doc, 'idea', id);
  const next = checkWords('idea', text, MAX_NOTE_LENGTH);
  transactLocal(doc, () => setTextMinimal(textOf(map, 'text'), next));
}

export function updateIdea(doc: Y.Doc, id: string, patch: IdeaPatch): void {
  const map = getRecord(doc, 'idea', id);
  const entries = checkPatch(f, patch, UPDATABLE, 'idea');
  if (entries.length === 0) return;
  transactLocal(doc, () => {
    for (const [name, value] of entries) map.set(name, value);
  });
}

/** The idea's set of linked blockers, created if an older record lacks it. */
function linksOf(map: Y.Map<unknown>): Y.Map<boolean> {
  const links = map.get('blockerIds');
  if (links instanceof Y.Map) return links as Y.Map<boolean>;
  const fresh = new Y.Map<boolean>();
  map.set('blockerIds', fresh);
  return fresh;
}

/** Links are keys of a nested Y.Map, so concurrent link and unlink both merge. */
export function linkIdeaToBlocker(doc: Y.Doc, ideaId: string, blockerId: string): void {
  const map = getRecord(doc, 'idea', ideaId);
  getRecord(doc, 'blocker', blockerId);
  const existing = map.get('blockerIds');
  if (existing instanceof Y.Map && existing.get(blockerId) === true) return;
  transactLocal(doc, () => linksOf(map).set(blockerId, true));
}

export function unlinkIdeaFromBlocker(doc: Y.Doc, ideaId: string, blockerId: string): void {
  const map = getRecord(doc, 'idea', ideaId);
  const existing = map.get('blockerIds');
  if (!(existing instanceof Y.Map) || !existing.has(blockerId)) return;
  transactLocal(doc, () => existing.delete(blockerId));
}

/** Deletes an idea; draft ballots drop it, votes already cast stay on record. */
export function deleteIdea(doc: Y.Doc, id: string): void {
  getRecord(doc, 'idea', id);
  transactLocal(doc, () => {
    ideasMap(doc).delete(id);
    removeFromDraftRounds(doc, id);
  });
}
