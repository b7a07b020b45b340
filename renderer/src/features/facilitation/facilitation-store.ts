import type * as Y from 'yjs';
import { create } from 'zustand';
import { readAgenda, type Agenda } from '../../../../shared/facilitation/agenda';
import { NO_SKEW, type ClockSkew } from '../../../../shared/facilitation/clock';
import { readChangeReviews, type ChangeReview } from '../../../../shared/facilitation/programme';
import { readSurveyAnswers, type SurveyAnswer } from '../../../../shared/facilitation/survey';
import { agendaMap, changeReviewsMap, surveyAnswersMap, trackedChangesMap, type RecordsRoot } from '../../../../shared/doc/schema';
import { readTrackedChange } from '../../../../shared/doc/read-blueprint';
import type { TrackedChange } from '../../../../shared/doc/blueprint-types';
import * as Ylib from 'yjs';

/**
 * A read-only mirror of the facilitation parts of the open workshop (the
 * agenda, temperature check answers, change reviews) plus this laptop's
 * measured clock offset to the host. Like the workshop store, it never writes to Yjs.
 */
export interface FacilitationState {
  agenda: Agenda;
  surveyAnswers: readonly SurveyAnswer[];
  reviews: Readonly<Record<string, ChangeReview>>;
  /** The live small changes of the tracker, in order: what a later session reviews. */
  changes: readonly TrackedChange[];
  skew: ClockSkew;
}

export const useFacilitationStore = create<FacilitationState>(() => ({ agenda: {}, surveyAnswers: [], reviews: {}, changes: [], skew: NO_SKEW }));

/** Keeps the store in step with `doc`; returns the function that stops it. */
export function mirrorFacilitation(doc: Y.Doc): () => void {
  const roots: [RecordsRoot, () => void][] = [
    [agendaMap(doc), () => useFacilitationStore.setState({ agenda: readAgenda(doc) })],
    [surveyAnswersMap(doc), () => useFacilitationStore.setState({ surveyAnswers: readSurveyAnswers(doc) })],
    [changeReviewsMap(doc), () => useFacilitationStore.setState({ reviews: readChangeReviews(doc) })],
    [trackedChangesMap(doc), () => useFacilitationStore.setState({ changes: liveChanges(trackedChangesMap(doc)) })],
  ];
  for (const [root, read] of roots) {
    read();
    root.observeDeep(read);
  }
  return () => {
    for (const [root, read] of roots) root.unobserveDeep(read);
    useFacilitationStore.setState({ agenda: {}, surveyAnswers: [], reviews: {}, changes: [] });
  };
}

function liveChanges(root: RecordsRoot): TrackedChange[] {
  return [...root.values()]
    .filter((map) => map instanceof Ylib.Map)
    .map(readTrackedChange)
    .filter((change) => change.deletedAt === null)
    .sort((a, b) => a.order - b.order);
}
