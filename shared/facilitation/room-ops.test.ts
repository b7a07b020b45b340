import * as Y from 'yjs';
import { describe, expect, test } from 'vitest';
import { readMeta, readWorkshop } from '../doc/read.js';
import { validateDoc } from '../doc/validate.js';
import { addFacilitationFixture } from './test-doc.js';
import { addTimerTime, followMe, handOverFacilitation, setRole, startTimer, stopFollowMe, stopTimer } from './room-ops.js';
import { secondsLeft } from './clock.js';

describe('room controls', () => {
  test('timer: start in host time, add time, stop; bad lengths are refused', () => {
    const { doc, fac, pr } = addFacilitationFixture();
    startTimer(doc, fac, 300, 1_000_000);
    expect(secondsLeft(readMeta(doc), 1_000_000 + 60_000)).toBe(240);
    addTimerTime(doc, fac, 60);
    expect(secondsLeft(readMeta(doc), 1_000_000 + 60_000)).toBe(300);
    expect(() => startTimer(doc, fac, 0, 1)).toThrow('Set the timer to a whole number of seconds');
    expect(() => startTimer(doc, fac, 1.5, 1)).toThrow('Set the timer');
    expect(() => startTimer(doc, pr, 60, 1)).toThrow('Only a facilitator or co-facilitator can run the session.');
    stopTimer(doc, fac);
    expect(readMeta(doc).timerStartedAt).toBeNull();
  });

  test('follow me names a view and an optional spotlight; each summons is newer than the last', () => {
    const { doc, fac, pr } = addFacilitationFixture();
    followMe(doc, fac, { view: 'board', target: 'blocker:abc' }, 5000);
    followMe(doc, fac, { view: 'ideas' }, 4000); // a slow clock still makes a newer summons
    const meta = readMeta(doc);
    expect(meta).toMatchObject({ followView: 'ideas', followTarget: '', followAt: 5001 });
    expect(() => followMe(doc, fac, { view: 'kitchen' as never })).toThrow('Choose a view to bring everyone to');
    expect(() => followMe(doc, fac, { view: 'board', target: 'participant:x' })).toThrow('Only a note, a theme or an idea can be spotlighted.');
    expect(() => followMe(doc, pr, { view: 'board' })).toThrow('Only a facilitator');
    stopFollowMe(doc, fac);
    expect(readMeta(doc).followView).toBe('');
    expect(validateDoc(doc)).toEqual([]);
  });

  test('roles: the facilitator assigns them and hands over; others cannot', () => {
    const { doc, fac, co, pr } = addFacilitationFixture();
    expect(() => setRole(doc, co, pr, 'leader')).toThrow('Only the facilitator can change roles');
    expect(() => setRole(doc, fac, fac, 'practitioner')).toThrow('You cannot change your own role');
    expect(() => setRole(doc, fac, pr, 'facilitator')).toThrow('hand over facilitation');
    expect(() => setRole(doc, fac, pr, 'boss' as never)).toThrow('Role must be one of');
    setRole(doc, fac, pr, 'leader');
    expect(readWorkshop(doc).participants[pr]?.role).toBe('leader');
    handOverFacilitation(doc, fac, co);
    const people = readWorkshop(doc).participants;
    expect(people[co]?.role).toBe('facilitator');
    expect(people[fac]?.role).toBe('co-facilitator');
    // The old facilitator can no longer assign roles; the new one can.
    expect(() => setRole(doc, fac, pr, 'practitioner')).toThrow('Only the facilitator');
    setRole(doc, co, pr, 'practitioner');
  });

  test('a refused op changes nothing', () => {
    const { doc, pr } = addFacilitationFixture();
    const before = Y.encodeStateVector(doc);
    expect(() => startTimer(doc, pr, 60, 1)).toThrow();
    expect(() => handOverFacilitation(doc, pr, pr)).toThrow();
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
