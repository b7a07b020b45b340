import * as Y from 'yjs';
import { describe, expect, test } from 'vitest';
import { readMeta, readWorkshop } from '../doc/read.js';
import { restoreFromUpdate } from '../doc/restore.js';
import { validateDoc } from '../doc/validate.js';
import { metaMap } from '../doc/schema.js';
import { currentStep, orderedSteps, readAgenda } from './agenda.js';
import { addStep, nextStep, previousStep, removeStep, restoreStep, startStep } from './agenda-ops.js';
import { roomDoc, sync } from './test-doc.js';

describe('agenda ops', () => {
  test('two facilitators changing the phase at the same moment end in one agreed phase', () => {
    for (let run = 0; run < 20; run++) {
      const { doc: a, ids } = roomDoc(['facilitator', 'co-facilitator']);
      const [fac, co] = ids as [string, string];
      nextStep(a, fac);
      const b = new Y.Doc();
      sync(a, b);
      const steps = orderedSteps(readAgenda(a));
      // Concurrently: one moves to theming, the other to voting.
      startStep(a, fac, steps.find((s) => s.stage === 'theme')!.id);
      startStep(b, co, steps.find((s) => s.stage === 'vote')!.id);
      expect(readMeta(a).phase).toBe('theme');
      expect(readMeta(b).phase).toBe('vote');
      sync(a, b);
      const [ma, mb] = [readMeta(a), readMeta(b)];
      expect(ma.agendaStep).toBe(mb.agendaStep);
      expect(ma.phase).toBe(mb.phase);
      // Step and phase come from the same writer: never theme's step with vote's phase.
      expect(currentStep({ meta: ma, agenda: readAgenda(a) })?.stage).toBe(ma.phase);
      // The rule is Yjs's: the higher clientID's write wins.
      expect(ma.phase).toBe(a.clientID > b.clientID ? 'theme' : 'vote');
      expect(validateDoc(a)).toEqual([]);
    }
  });

  test('next, back, skip; first and last steps say so', () => {
    const { doc, ids } = roomDoc();
    const fac = ids[0]!;
    expect(() => previousStep(doc, fac)).toThrow('This is the first step of the agenda.');
    expect(nextStep(doc, fac).stage).toBe('welcome');
    expect(() => previousStep(doc, fac)).toThrow('This is the first step of the agenda.');
    expect(nextStep(doc, fac).stage).toBe('map');
    const review = orderedSteps(readAgenda(doc)).at(-1)!;
    startStep(doc, fac, review.id);
    expect(readMeta(doc).phase).toBe('review');
    expect(previousStep(doc, fac).stage).toBe('blueprint');
  });

  test('a practitioner, a leader or a stranger cannot move the phase, and nothing changes', () => {
    const { doc, ids } = roomDoc(['facilitator', 'practitioner', 'leader']);
    const before = Y.encodeStateVector(doc);
    expect(() => nextStep(doc, ids[1]!)).toThrow('Only a facilitator or co-facilitator can run the session.');
    expect(() => nextStep(doc, ids[2]!)).toThrow('Only a facilitator or co-facilitator can run the session.');
    expect(() => nextStep(doc, 'participant:nobody')).toThrow('You are not in this workshop yet');
    expect(() => nextStep(doc, '')).toThrow('No participant was given');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  test('add a step after another, remove and restore one; the running step cannot be removed', () => {
    const { doc, ids } = roomDoc();
    const fac = ids[0]!;
    nextStep(doc, fac);
    const steps = orderedSteps(readAgenda(doc));
    const id = addStep(doc, fac, { label: 'Tea break', stage: 'welcome', minutes: 10, after: steps[1]!.id });
    const labels = orderedSteps(readAgenda(doc)).map((s) => s.label);
    expect(labels.indexOf('Tea break')).toBe(2);
    expect(() => removeStep(doc, fac, steps[0]!.id)).toThrow('This step is running');
    removeStep(doc, fac, id);
    expect(orderedSteps(readAgenda(doc)).map((s) => s.label)).not.toContain('Tea break');
    restoreStep(doc, fac, id);
    expect(orderedSteps(readAgenda(doc)).map((s) => s.label)).toContain('Tea break');
    expect(() => addStep(doc, fac, { label: '  ', stage: 'map' })).toThrow('The step name cannot be empty.');
    expect(() => addStep(doc, fac, { label: 'X', stage: 'party' as never })).toThrow('Kind of step must be one of');
    expect(() => addStep(doc, fac, { label: 'X', stage: 'map', minutes: -3 })).toThrow('Minutes planned must be at least 0');
    expect(() => removeStep(doc, fac, 'agendaStep:gone')).toThrow('That step is no longer on the agenda.');
    expect(validateDoc(doc)).toEqual([]);
  });

  test('a version-1 document migrates to the standard agenda, not started, and "next" starts it', () => {
    const { doc } = roomDoc();
    const meta = metaMap(doc);
    for (const key of ['agendaStep', 'timerStartedAt', 'timerSeconds', 'boardLocked']) meta.delete(key);
    meta.set('schemaVersion', 1);
    meta.set('phase', 'vote');
    const restored = restoreFromUpdate(Y.encodeStateAsUpdate(doc));
    const m = readMeta(restored);
    expect(m.schemaVersion).toBe(2);
    expect(m.agendaStep).toBeNull();
    expect(currentStep({ meta: m, agenda: readAgenda(restored) })).toBeNull();
    expect(orderedSteps(readAgenda(restored)).map((s) => s.id)[0]).toBe('agendaStep:standard-welcome');
    expect(orderedSteps(readAgenda(restored))).toHaveLength(7);
    const fac = Object.values(readWorkshop(restored).participants).find((p) => p.role === 'facilitator')!;
    expect(nextStep(restored, fac.id).id).toBe('agendaStep:standard-welcome');
    expect(validateDoc(restored)).toEqual([]);
  });
});
