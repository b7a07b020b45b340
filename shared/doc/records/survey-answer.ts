import { defineRecord } from './define.js';
import { choice, number } from './fields.js';

/** When in the session a temperature check was answered. */
export const SURVEY_MOMENTS = ['start', 'end'] as const;

const scale = (label: string) => number(label, { min: 1, max: 5, int: true, default: 3 });

/**
 * One anonymous answer to the temperature check. It deliberately holds no
 * participant id and no time: either could link an answer to a person. It is
 * written through an AnonymousWriter, so its Yjs clientID names no laptop.
 */
export const surveyAnswerRecord = defineRecord('surveyAnswer', 'temperature check answer', {
  moment: choice('moment', SURVEY_MOMENTS, 'start'),
  /** 1 = nothing gets in the way of time with families, 5 = a great deal does. */
  barriers: scale('barriers to time with families'),
  /** 1 = no ability to drive change, 5 = a great deal. */
  agency: scale('ability to drive change'),
  satisfaction: scale('job satisfaction'),
});
