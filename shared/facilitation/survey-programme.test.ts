import * as Y from 'yjs';
import { describe, expect, test } from 'vitest';
import { addTrackedChange, createWorkshop } from '../doc/ops/index.js';
import { readMeta } from '../doc/read.js';
import { surveyAnswersMap } from '../doc/schema.js';
import { validateDoc } from '../doc/validate.js';
import { orderedSteps, readAgenda } from './agenda.js';
import { carryForward, readChangeReviews, reviewChange, reviewIdFor } from './programme.js';
import { addSurveyAnswer, answerSurveyAnonymously, readSurveyAnswers, summariseSurvey } from './survey.js';
import { applyTemplate, templateFromWorkshop } from './template-ops.js';
import { BUILT_IN_TEMPLATES, findTemplate } from './templates.js';
import { addFacilitationFixture, roomDoc } from './test-doc.js';
import { readTrackedChange } from '../doc/read-blueprint.js';
import { trackedChangesMap } from '../doc/schema.js';

/** The Yjs clientIDs that wrote anything into the doc. */
const writers = (doc: Y.Doc) => new Set(doc.store.clients.keys());

describe('temperature check', () => {
  test('an answer holds no participant id or time, and its items name no laptop', () => {
    const { doc } = roomDoc(['facilitator', 'practitioner']);
    const laptop = doc.clientID;
    const before = writers(doc);
    const id = answerSurveyAnonymously(doc, { moment: 'start', barriers: 4, agency: 2, satisfaction: 3 });
    const record = surveyAnswersMap(doc).get(id)!;
    expect([...record.keys()].sort()).toEqual(['agency', 'barriers', 'id', 'moment', 'satisfaction']);
    const added = [...writers(doc)].filter((c) => !before.has(c));
    expect(added).toHaveLength(1);
    expect(added[0]).not.toBe(laptop);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('bad answers are refused with a clear message', () => {
    const { doc } = roomDoc();
    expect(() => addSurveyAnswer(doc, { moment: 'start', barriers: 6, agency: 2, satisfaction: 3 })).toThrow('Barriers to time with families must be at most 5.');
    expect(() => addSurveyAnswer(doc, { moment: 'middle' as never, barriers: 1, agency: 2, satisfaction: 3 })).toThrow('Moment must be one of: start, end.');
    expect(() => addSurveyAnswer(doc, { moment: 'end', barriers: 1, agency: 2.5, satisfaction: 3 })).toThrow('Ability to drive change must be a whole number.');
    expect(readSurveyAnswers(doc)).toEqual([]);
  });

  test('before and after: counts and means per question', () => {
    const { doc } = roomDoc();
    answerSurveyAnonymously(doc, { moment: 'start', barriers: 5, agency: 1, satisfaction: 2 });
    answerSurveyAnonymously(doc, { moment: 'start', barriers: 4, agency: 2, satisfaction: 3 });
    answerSurveyAnonymously(doc, { moment: 'end', barriers: 3, agency: 4, satisfaction: 4 });
    const s = summariseSurvey(readSurveyAnswers(doc));
    expect(s.count).toEqual({ start: 2, end: 1 });
    expect(s.mean.barriers).toEqual({ start: 4.5, end: 3 });
    expect(s.mean.agency).toEqual({ start: 1.5, end: 4 });
    expect(summariseSurvey([]).mean.satisfaction).toEqual({ start: null, end: null });
  });
});

describe('templates', () => {
  test('each built-in template applies, and a workshop saves back as an equal template', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const { doc } = roomDoc();
      applyTemplate(doc, template);
      expect(orderedSteps(readAgenda(doc))).toHaveLength(template.steps.length);
      expect(readMeta(doc).sessionNumber).toBe(template.sessionNumber);
      const saved = templateFromWorkshop(doc, `My ${template.title}`, new Set(['saved-my-session-1-what-gets-in-the-way']));
      expect(saved.steps).toEqual(template.steps);
      expect(saved.categories).toEqual(template.categories);
      expect(saved.id).toMatch(/^saved-my-/);
      expect(validateDoc(doc)).toEqual([]);
    }
    expect(findTemplate('session-2')?.title).toBe('Session 2: choose and plan small changes');
  });

  test('a second template, a broken one, or one without a workshop is refused', () => {
    const { doc } = roomDoc();
    applyTemplate(doc, BUILT_IN_TEMPLATES[0]!);
    expect(() => applyTemplate(doc, BUILT_IN_TEMPLATES[1]!)).toThrow('This workshop already has an agenda.');
    expect(() => applyTemplate(new Y.Doc(), BUILT_IN_TEMPLATES[0]!)).toThrow('Create the workshop before applying a template.');
    expect(() => applyTemplate(roomDoc().doc, { ...BUILT_IN_TEMPLATES[0]!, steps: [] })).toThrow('a template needs at least one step');
    expect(() => templateFromWorkshop(roomDoc().doc, 'Empty')).toThrow('This workshop has no agenda yet');
  });
});

describe('programme of sessions', () => {
  test('the next session carries the changes forward and reviews each one', () => {
    const first = roomDoc().doc;
    applyTemplate(first, BUILT_IN_TEMPLATES[1]!);
    addTrackedChange(first, { title: 'One form for visits', owner: 'Sam' });
    addTrackedChange(first, { title: 'Sign-off by team manager only', owner: 'Ali' });
    const { doc: second, fac, pr } = addFacilitationFixture();
    expect(carryForward(first, second, 'Anyshire small changes')).toBe(2);
    expect(readMeta(second)).toMatchObject({ programmeTitle: 'Anyshire small changes', sessionNumber: 3 });
    const changes = [...trackedChangesMap(second).values()].map(readTrackedChange);
    expect(changes.map((c) => c.title).sort()).toEqual(['One form for visits', 'Sign-off by team manager only']);
    const change = changes.find((c) => c.title === 'One form for visits')!;
    const id = reviewChange(second, fac, change.id, { happened: 'yes', minutesSaved: 45, decision: 'adopt', note: 'Kept it.' });
    expect(id).toBe(reviewIdFor(change.id, 3));
    reviewChange(second, fac, change.id, { decision: 'adapt' }); // same record, updated
    expect(Object.values(readChangeReviews(second))).toEqual([expect.objectContaining({ happened: 'yes', minutesSaved: 45, decision: 'adapt', note: 'Kept it.' })]);
    expect(readTrackedChange(trackedChangesMap(second).get(change.id)!).decision).toBe('adapt');
    expect(() => reviewChange(second, pr, change.id, { happened: 'no' })).toThrow('Only a facilitator');
    expect(() => reviewChange(second, fac, change.id, { happened: 'maybe' as never })).toThrow('Did it happen must be one of');
    expect(() => reviewChange(second, fac, 'trackedChange:gone', {})).toThrow('That change is no longer in the tracker.');
    expect(() => carryForward(first, second, '  ')).toThrow('Name the programme');
    expect(validateDoc(second)).toEqual([]);
  });
});
void createWorkshop;
