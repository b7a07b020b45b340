// A programme of sessions: each session is its own workshop document; the next
// one starts with the earlier session's small changes carried forward, and
// reviews each (did it happen, what did it save, adopt / adapt / abandon).
import * as Y from 'yjs';
import { OpError } from '../doc/ops/op-error.js';
import { addTrackedChange } from '../doc/ops/tracked-changes.js';
import { checkField, newRecordMap, transactLocal } from '../doc/ops/util.js';
import { readRecord } from '../doc/read.js';
import { readTrackedChange } from '../doc/read-blueprint.js';
import { changeReviewRecord, changeReviewsMap, metaFields, metaMap, trackedChangesMap } from '../doc/schema.js';
import type { REVIEW_HAPPENED } from '../doc/records/change-review.js';
import type { ChangeDecisionId } from '../doc/blueprint-lists.js';
import { requireCan } from './actor.js';
import { readMeta } from '../doc/read.js';

export type ReviewHappened = (typeof REVIEW_HAPPENED)[number];

export interface ChangeReview {
  readonly id: string;
  readonly changeId: string;
  readonly sessionNumber: number;
  readonly happened: ReviewHappened | null;
  readonly minutesSaved: number | null;
  readonly decision: ChangeDecisionId | null;
  readonly note: string;
  readonly createdAt: number;
}

export interface ReviewInput {
  readonly happened?: ReviewHappened | null;
  readonly minutesSaved?: number | null;
  readonly decision?: ChangeDecisionId | null;
  readonly note?: string;
}

/**
 * Starts a later session of a programme from an earlier one: the same
 * programme, the next session number, and every live small change of the
 * tracker copied in (owner, first step, measure) ready to be reviewed.
 * Run on the new, just-created workshop; returns how many changes came across.
 */
export function carryForward(from: Y.Doc, to: Y.Doc, programmeTitle: string): number {
  const title = checkField(metaFields.programmeTitle, programmeTitle.trim()) as string;
  if (title === '') throw new OpError('Name the programme these sessions belong to.');
  const earlier = readMeta(from);
  const changes = [...trackedChangesMap(from).values()]
    .filter((map): map is Y.Map<unknown> => map instanceof Y.Map)
    .map(readTrackedChange)
    .filter((change) => change.deletedAt === null)
    .sort((a, b) => a.order - b.order);
  return transactLocal(to, () => {
    metaMap(to).set('programmeTitle', title);
    metaMap(to).set('sessionNumber', Math.min(100, earlier.sessionNumber + 1));
    for (const change of changes) {
      addTrackedChange(to, {
        title: change.title, owner: change.owner, firstStep: change.firstStep, measure: change.measure,
        startDate: change.startDate, reviewDate: change.reviewDate, savesFrom: change.savesFrom,
      });
    }
    return changes.length;
  });
}

/** One review per change per session, so two people recording it meet in one record. */
export function reviewIdFor(changeId: string, sessionNumber: number): string {
  return `${changeReviewRecord.prefix}${changeId.slice(changeId.indexOf(':') + 1)}-s${sessionNumber}`;
}

/** Records (or updates) this session's review of a carried-forward change. */
export function reviewChange(doc: Y.Doc, actorId: string, changeId: string, input: ReviewInput): string {
  requireCan(doc, actorId, 'facilitate');
  const change = trackedChangesMap(doc).get(changeId);
  if (!(change instanceof Y.Map)) throw new OpError('That change is no longer in the tracker.');
  const f = changeReviewRecord.fields;
  const patch: [string, unknown][] = [];
  if (input.happened !== undefined) patch.push(['happened', checkField(f.happened, input.happened)]);
  if (input.minutesSaved !== undefined) patch.push(['minutesSaved', checkField(f.minutesSaved, input.minutesSaved)]);
  if (input.decision !== undefined) patch.push(['decision', checkField(f.decision, input.decision)]);
  if (input.note !== undefined) patch.push(['note', checkField(f.note, input.note)]);
  const sessionNumber = readMeta(doc).sessionNumber;
  const id = reviewIdFor(changeId, sessionNumber);
  return transactLocal(doc, () => {
    const root = changeReviewsMap(doc);
    let map = root.get(id);
    if (!(map instanceof Y.Map)) {
      map = newRecordMap(changeReviewRecord, id, { changeId, sessionNumber, createdAt: Date.now() });
      root.set(id, map);
    }
    for (const [name, value] of patch) map.set(name, value);
    // What the room decided also goes on the change itself, where the blueprint reads it.
    if (input.decision !== undefined) change.set('decision', input.decision);
    if (input.minutesSaved !== undefined) change.set('minutesSaved', input.minutesSaved);
    return id;
  });
}

export function readChangeReviews(doc: Y.Doc): Record<string, ChangeReview> {
  const out: Record<string, ChangeReview> = {};
  for (const [id, map] of changeReviewsMap(doc).entries()) if (map instanceof Y.Map) out[id] = { ...(readRecord(changeReviewRecord, map) as unknown as ChangeReview), id };
  return out;
}
