import { describe, expect, test } from 'vitest';
import { readMeta, readParticipant } from '../doc/read.js';
import { participantsMap } from '../doc/schema.js';
import type { Participant } from '../doc/types.js';
import { orderedSteps, readAgenda } from './agenda.js';
import { nextStep, startStep } from './agenda-ops.js';
import { can, permissions } from './permissions.js';
import { setBoardLocked } from './room-ops.js';
import { applyTemplate } from './template-ops.js';
import { BUILT_IN_TEMPLATES } from './templates.js';
import { roomDoc } from './test-doc.js';
import type * as Y from 'yjs';

const who = (doc: Y.Doc, id: string): Participant => ({ ...readParticipant(participantsMap(doc).get(id)!), id });
const view = (doc: Y.Doc) => ({ meta: readMeta(doc), agenda: readAgenda(doc) });

describe('permissions per phase', () => {
  test('the standard agenda: each phase opens exactly what it says to a practitioner', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr, other] = ids as [string, string, string];
    const expected: Record<string, string[]> = {
      welcome: [], map: ['add', 'editOwn'], theme: ['editAll'], propose: ['add', 'editOwn'], vote: ['vote'], blueprint: ['add', 'editAll'], review: [],
    };
    for (let i = 0; i < 7; i++) {
      const step = nextStep(doc, fac);
      expect([...permissions(view(doc), who(doc, pr)).open].sort()).toEqual([...(expected[step.stage] ?? [])].sort());
      // The facilitator may always do everything.
      expect(can('addNote', view(doc), who(doc, fac)).ok).toBe(true);
    }
    expect(() => nextStep(doc, fac)).toThrow('This is the last step of the agenda.');
    void other;
  });

  test('before the agenda starts nothing is closed by phase; roles and the lock still apply', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr, , leader] = ids as [string, string, string, string];
    expect(can('addNote', view(doc), who(doc, pr)).ok).toBe(true);
    expect(can('vote', view(doc), who(doc, pr)).ok).toBe(true);
    expect(can('editNote', view(doc), who(doc, pr), { authorId: 'participant:else' }).ok).toBe(true);
    expect(can('addNote', view(doc), who(doc, leader)).ok).toBe(false);
    expect(permissions(view(doc), who(doc, pr)).phaseLabel).toBe('Agenda not started');
    setBoardLocked(doc, fac, true);
    expect(can('addNote', view(doc), who(doc, pr)).ok).toBe(false);
  });

  test('a blocked action says why, naming what the room is doing', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr] = ids as [string, string];
    const theme = orderedSteps(readAgenda(doc)).find((s) => s.stage === 'theme');
    expect(theme).toBeUndefined(); // no agenda until the first move
    nextStep(doc, fac);
    startStep(doc, fac, orderedSteps(readAgenda(doc)).find((s) => s.stage === 'theme')!.id);
    expect(can('addNote', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'Adding notes is closed in this phase: we are grouping blockers into themes.' });
    expect(can('vote', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'Voting is closed in this phase: we are grouping blockers into themes.' });
  });

  test('edit own: a practitioner may change their own note, not a colleague\'s', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr, pr2] = ids as [string, string, string];
    nextStep(doc, fac);
    nextStep(doc, fac); // map
    expect(can('editNote', view(doc), who(doc, pr), { authorId: pr }).ok).toBe(true);
    expect(can('editNote', view(doc), who(doc, pr), { authorId: pr2 })).toEqual({ ok: false, reason: 'In this phase you can change only your own notes.' });
    expect(can('editNote', view(doc), who(doc, pr), { authorId: null }).ok).toBe(false);
  });

  test('roles: leaders read and export, observers only read, only the facilitator assigns roles', () => {
    const { doc, ids } = roomDoc(['facilitator', 'co-facilitator', 'practitioner', 'leader', 'observer']);
    const [fac, co, pr, leader, observer] = ids as [string, string, string, string, string];
    nextStep(doc, fac);
    nextStep(doc, fac); // map: adding is open
    const v = view(doc);
    expect(can('addNote', v, who(doc, pr)).ok).toBe(true);
    expect(can('addNote', v, who(doc, leader))).toEqual({ ok: false, reason: 'Leaders read and export; the board is for practitioners to fill.' });
    expect(can('export', v, who(doc, leader)).ok).toBe(true);
    expect(can('export', v, who(doc, pr)).ok).toBe(false);
    expect(can('addNote', v, who(doc, observer)).ok).toBe(false);
    expect(can('export', v, who(doc, observer)).ok).toBe(false);
    expect(can('facilitate', v, who(doc, co)).ok).toBe(true);
    expect(can('assignRoles', v, who(doc, co)).ok).toBe(false);
    expect(can('assignRoles', v, who(doc, fac)).ok).toBe(true);
    expect(can('vote', v, null)).toEqual({ ok: false, reason: 'Join the workshop first: add your name so the room knows who you are.' });
    // A laptop without a name may add notes under the phase's rules, like a practitioner, but owns none.
    expect(can('addNote', v, null).ok).toBe(true);
    expect(can('editNote', v, null, { authorId: null }).ok).toBe(false);
  });

  test('locking the board closes it to everyone but facilitators, whatever the phase', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr] = ids as [string, string];
    nextStep(doc, fac);
    nextStep(doc, fac);
    setBoardLocked(doc, fac, true);
    expect(can('addNote', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'The facilitator has locked the board for now.' });
    expect(can('addNote', view(doc), who(doc, fac)).ok).toBe(true);
    setBoardLocked(doc, fac, false);
    expect(can('addNote', view(doc), who(doc, pr)).ok).toBe(true);
  });

  test('a template\'s steps carry their own permissions', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr] = ids as [string, string];
    applyTemplate(doc, BUILT_IN_TEMPLATES[0]!);
    const steps = orderedSteps(readAgenda(doc));
    expect(steps.map((s) => s.label)).toEqual(BUILT_IN_TEMPLATES[0]!.steps.map((s) => s.label));
    for (const [i, step] of steps.entries()) {
      startStep(doc, fac, step.id);
      const t = BUILT_IN_TEMPLATES[0]!.steps[i]!;
      expect(can('addNote', view(doc), who(doc, pr)).ok).toBe(t.allowAdd);
      expect(can('vote', view(doc), who(doc, pr)).ok).toBe(t.allowVote);
      expect(readMeta(doc).phase).toBe(t.stage);
    }
  });

  test('ideas, themes and categories: each asks the phase permission it needs', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr, pr2] = ids as [string, string, string];
    const stage = (id: string) => startStep(doc, fac, orderedSteps(readAgenda(doc)).find((s) => s.stage === id)!.id);
    nextStep(doc, fac);
    stage('propose'); // add + editOwn
    expect(can('addIdea', view(doc), who(doc, pr)).ok).toBe(true);
    expect(can('editIdea', view(doc), who(doc, pr), { authorId: pr }).ok).toBe(true);
    expect(can('editIdea', view(doc), who(doc, pr), { authorId: pr2 })).toEqual({ ok: false, reason: 'In this phase you can change only your own ideas.' });
    expect(can('editThemes', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'In this phase only the facilitator can rename, merge or ungroup themes and change categories.' });
    stage('vote');
    expect(can('addIdea', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'Adding ideas is closed in this phase: we are voting.' });
    expect(can('editIdea', view(doc), who(doc, pr), { authorId: pr })).toEqual({ ok: false, reason: 'Changing ideas is closed in this phase: we are voting.' });
    expect(can('editThemes', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'Changing themes and categories is closed in this phase: we are voting.' });
    stage('theme'); // editAll: the room groups everyone's notes, and adds nothing
    expect(can('editNote', view(doc), who(doc, pr), { authorId: pr2 }).ok).toBe(true);
    expect(can('editThemes', view(doc), who(doc, pr)).ok).toBe(true);
    expect(can('addNote', view(doc), who(doc, pr)).ok).toBe(false);
    // The facilitator may do all of it in any phase; a leader none of it.
    stage('vote');
    for (const action of ['addIdea', 'editIdea', 'editThemes'] as const) expect(can(action, view(doc), who(doc, fac)).ok).toBe(true);
  });

  test('a laptop without a name adds ideas under the phase rules but owns none; the lock closes ideas too', () => {
    const { doc, ids } = roomDoc();
    const [fac, pr] = ids as [string, string];
    nextStep(doc, fac);
    nextStep(doc, fac); // map: add + editOwn
    expect(can('addIdea', view(doc), null).ok).toBe(true);
    expect(can('editIdea', view(doc), null, { authorId: null }).ok).toBe(false);
    setBoardLocked(doc, fac, true);
    expect(can('addIdea', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'The facilitator has locked the board for now.' });
    expect(can('editThemes', view(doc), who(doc, pr))).toEqual({ ok: false, reason: 'The facilitator has locked the board for now.' });
  });
});
