// The temperature check: three 1–5 questions at the start and the end,
// answered anonymously, and the before-and-after summary.
import * as Y from 'yjs';
import { AnonymousWriter } from '../doc/anonymous-writer.js';
import { newId } from '../doc/ids.js';
import { OpError } from '../doc/ops/op-error.js';
import { checkField, newRecordMap, transactLocal } from '../doc/ops/util.js';
import { readRecord } from '../doc/read.js';
import { surveyAnswerRecord, surveyAnswersMap } from '../doc/schema.js';
import type { SURVEY_MOMENTS } from '../doc/records/survey-answer.js';

export type SurveyMoment = (typeof SURVEY_MOMENTS)[number];
export const SURVEY_QUESTIONS = [
  { id: 'barriers', label: 'How much gets in the way of your time with children and families?', low: 'Nothing', high: 'A great deal' },
  { id: 'agency', label: 'How able do you feel to drive change in how your team works?', low: 'Not at all', high: 'Very able' },
  { id: 'satisfaction', label: 'How satisfied are you with your job?', low: 'Not at all', high: 'Very satisfied' },
] as const;
export type SurveyQuestionId = (typeof SURVEY_QUESTIONS)[number]['id'];

export interface SurveyAnswer {
  readonly moment: SurveyMoment;
  readonly barriers: number;
  readonly agency: number;
  readonly satisfaction: number;
}

const f = surveyAnswerRecord.fields;

/** Writes one answer. It holds no participant id and no time (see survey-answer.ts). */
export function addSurveyAnswer(doc: Y.Doc, answer: SurveyAnswer): string {
  const values = {
    moment: checkField(f.moment, answer?.moment),
    barriers: checkField(f.barriers, answer?.barriers),
    agency: checkField(f.agency, answer?.agency),
    satisfaction: checkField(f.satisfaction, answer?.satisfaction),
  };
  const id = newId(surveyAnswerRecord.prefix);
  return transactLocal(doc, () => {
    surveyAnswersMap(doc).set(id, newRecordMap(surveyAnswerRecord, id, values));
    return id;
  });
}

/**
 * Answers through a throwaway identity: the Yjs items of the answer carry a
 * fresh random clientID, never this laptop's (which presence shows beside a
 * name). `avoid` lists clientIDs seen in presence.
 */
export function answerSurveyAnonymously(doc: Y.Doc, answer: SurveyAnswer, avoid?: () => Iterable<number>): string {
  const writer = new AnonymousWriter(doc, { undoScope: (shadow) => [surveyAnswersMap(shadow)], avoid });
  try {
    return writer.write((shadow) => addSurveyAnswer(shadow, answer));
  } finally {
    writer.destroy();
  }
}

export function readSurveyAnswers(doc: Y.Doc): SurveyAnswer[] {
  const out: SurveyAnswer[] = [];
  for (const map of surveyAnswersMap(doc).values()) if (map instanceof Y.Map) out.push(readRecord(surveyAnswerRecord, map) as unknown as SurveyAnswer);
  return out;
}

export interface SurveySummary {
  readonly count: Readonly<Record<SurveyMoment, number>>;
  /** Mean per question and moment, null with no answers. */
  readonly mean: Readonly<Record<SurveyQuestionId, Readonly<Record<SurveyMoment, number | null>>>>;
}

export function summariseSurvey(answers: readonly SurveyAnswer[]): SurveySummary {
  const count = { start: 0, end: 0 };
  const sums = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, { start: 0, end: 0 }])) as Record<SurveyQuestionId, Record<SurveyMoment, number>>;
  for (const a of answers) {
    count[a.moment]++;
    for (const q of SURVEY_QUESTIONS) sums[q.id][a.moment] += a[q.id];
  }
  const mean = (total: number, n: number) => (n === 0 ? null : Math.round((total / n) * 10) / 10);
  const means = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.id, { start: mean(sums[q.id].start, count.start), end: mean(sums[q.id].end, count.end) }]));
  return { count, mean: means as SurveySummary['mean'] };
}

export function checkMoment(value: unknown): SurveyMoment {
  if (value !== 'start' && value !== 'end') throw new OpError('The temperature check is taken at the start or the end.');
  return value;
}
