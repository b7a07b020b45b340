// @vitest-environment happy-dom
// Every action that writes to the board or the ideas asks the phase, the lock
// and the role (may-change-notes.ts), whichever button, drop or key calls it;
// a refusal says why and writes nothing.
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN } from '../../../shared/doc/origin';
import { addBlocker, addIdea, addParticipant, createWorkshop, groupBlockers, OpError, updateMeta } from '../../../shared/doc/ops';
import { readWorkshop } from '../../../shared/doc/read';
import { orderedSteps, readAgenda } from '../../../shared/facilitation/agenda';
import { nextStep, startStep } from '../../../shared/facilitation/agenda-ops';
import { setBoardLocked } from '../../../shared/facilitation/room-ops';
import { UndoHistory, undoRoots } from '../../../shared/doc/undo-history';
import { addCategoryAction, renameCategoryAction } from '../features/board/fields/field-actions';
import { addManyNotesAction } from '../features/board/paste/paste-actions';
import { startPrivateWritingAction } from '../features/board/private/private-actions';
import {
  groupAction, markSameAction, mergeThemesAction, renameThemeAction, setThemeAction, ungroupThemeAction, unmarkSameAction,
} from '../features/board/themes/theme-actions';
import { useFacilitationStore } from '../features/facilitation/facilitation-store';
import { addIdeaAction, deleteIdeaAction, placeIdeaAction, saveIdeaAction } from '../features/ideas/idea-actions';
import { initialWorkshopState, useWorkshopStore } from '../store/workshop-store';
import { rememberMe } from '../workshop/identity';
import type { WorkshopSession } from '../workshop/session';
import { sessionWriter } from '../workshop/session-writer';
import { addedHere } from './added-here';
import { addBlockerAction, editBlockerAction } from './board-actions';

const WORKSHOP = 'workshop:permissions';

/** A workshop with a facilitator and two practitioners, mirrored as the app mirrors it; this laptop is `me`. */
function room() {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: 'Team North', localAuthority: 'Anyshire' });
  const fac = addParticipant(doc, { displayName: 'Sam', role: 'facilitator' });
  const kim = addParticipant(doc, { displayName: 'Kim', role: 'practitioner' });
  const ade = addParticipant(doc, { displayName: 'Ade', role: 'practitioner' });
  const undo = new UndoHistory();
  undo.add(new Y.UndoManager(undoRoots(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 }));
  const writer = sessionWriter(doc, undo);
  const session: WorkshopSession = { id: WORKSHOP, doc, undo, write: writer.write, awareness: new Awareness(doc), close: async () => undefined };
  const mirror = () => {
    useWorkshopStore.setState({ snapshot: readWorkshop(doc) });
    useFacilitationStore.setState({ agenda: readAgenda(doc) });
  };
  doc.on('update', mirror);
  useWorkshopStore.setState({ ...initialWorkshopState, workshopId: WORKSHOP });
  mirror();
  nextStep(doc, fac); // the standard agenda starts
  const stage = (id: string) => startStep(doc, fac, orderedSteps(readAgenda(doc)).find((s) => s.stage === id)!.id);
  const as = (participantId: string) => rememberMe(WORKSHOP, participantId);
  as(kim);
  return { doc, session, fac, kim, ade, stage, as };
}

/** Runs an action and returns the reason it was refused (null when it happened); a refusal must change nothing. */
function attempt<A>(r: ReturnType<typeof room>, action: { perform(s: WorkshopSession, a: A): void }, args: A): string | null {
  const before = Y.encodeStateVector(r.doc);
  try {
    action.perform(r.session, args);
    return null;
  } catch (error) {
    if (!(error instanceof OpError)) throw error;
    expect(Y.encodeStateVector(r.doc), 'a refused action wrote nothing').toEqual(before);
    return error.message;
  }
}

const IDEA = { text: 'Block Wednesday afternoons for direct work', blockerIds: [] as string[] };

describe('ideas ask the phase, the lock and the role', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => useWorkshopStore.setState(initialWorkshopState));

  it('adding an idea needs "add": refused in the vote phase with the reason, allowed in propose', () => {
    const r = room();
    r.stage('vote');
    expect(attempt(r, addIdeaAction, IDEA)).toBe('Adding ideas is closed in this phase: we are voting.');
    r.stage('propose');
    expect(attempt(r, addIdeaAction, IDEA)).toBeNull();
    expect(Object.keys(readWorkshop(r.doc).ideas)).toHaveLength(1);
  });

  it('edit own: my idea (added from this laptop) may be saved, placed and deleted; a colleague\'s may not', () => {
    const r = room();
    r.stage('propose');
    expect(attempt(r, addIdeaAction, IDEA)).toBeNull();
    const mine = [...addedHere(WORKSHOP, 'idea')][0]!;
    const theirs = addIdea(r.doc, { text: 'One referral form' });
    const draft = { ...IDEA, text: 'Block Wednesday afternoons' };
    expect(attempt(r, saveIdeaAction, { id: mine, draft, before: [] })).toBeNull();
    expect(readWorkshop(r.doc).ideas[mine]!.text).toBe('Block Wednesday afternoons');
    expect(attempt(r, placeIdeaAction, { id: mine, patch: { impact: 'high', effort: 'small' } })).toBeNull();
    const onlyYours = 'In this phase you can change only your own ideas.';
    expect(attempt(r, saveIdeaAction, { id: theirs, draft, before: [] })).toBe(onlyYours);
    expect(attempt(r, placeIdeaAction, { id: theirs, patch: { impact: 'high', effort: 'small' } })).toBe(onlyYours);
    expect(attempt(r, deleteIdeaAction, { id: theirs })).toBe(onlyYours);
    expect(attempt(r, deleteIdeaAction, { id: mine })).toBeNull();
  });

  it('in the blueprint phase (edit everything) anyone\'s idea may change; the lock closes it again', () => {
    const r = room();
    const theirs = addIdea(r.doc, { text: 'One referral form' });
    r.stage('blueprint');
    expect(attempt(r, placeIdeaAction, { id: theirs, patch: { impact: 'high', effort: 'small' } })).toBeNull();
    setBoardLocked(r.doc, r.fac, true);
    expect(attempt(r, deleteIdeaAction, { id: theirs })).toBe('The facilitator has locked the board for now.');
  });

  it('the facilitator may add and change ideas in any phase', () => {
    const r = room();
    r.as(r.fac);
    r.stage('vote');
    expect(attempt(r, addIdeaAction, IDEA)).toBeNull();
    const theirs = addIdea(r.doc, { text: 'One referral form' });
    expect(attempt(r, deleteIdeaAction, { id: theirs })).toBeNull();
  });
});

describe('an anonymous workshop: notes carry no author, yet "edit your own" still works', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => useWorkshopStore.setState(initialWorkshopState));

  it('my note (added from this laptop) may be changed in the map phase; a colleague\'s may not', () => {
    const r = room();
    updateMeta(r.doc, { anonymous: true });
    r.stage('map');
    expect(attempt(r, addBlockerAction, { text: 'Mileage claims on paper', x: 0, y: 0 })).toBeNull();
    const mine = Object.values(readWorkshop(r.doc).blockers).find((b) => b.text === 'Mileage claims on paper')!;
    expect(mine.authorId).toBeNull(); // nothing in the room says who wrote it
    const theirs = addBlocker(r.doc, { text: 'Forms asked twice' });
    expect(attempt(r, editBlockerAction, { id: mine.id, text: 'Mileage claims are on paper forms' })).toBeNull();
    expect(attempt(r, editBlockerAction, { id: theirs, text: 'Forms asked three times' })).toBe('In this phase you can change only your own notes.');
  });
});

describe('themes and duplicates ask too', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => useWorkshopStore.setState(initialWorkshopState));

  function notes(r: ReturnType<typeof room>) {
    const mine = addBlocker(r.doc, { text: 'Forms typed twice', authorId: r.kim });
    const theirs = addBlocker(r.doc, { text: 'Forms typed twice over', authorId: r.ade });
    const other = addBlocker(r.doc, { text: 'Waiting for sign-off', authorId: r.ade });
    return { mine, theirs, other };
  }

  it('in the theme phase a practitioner groups anyone\'s notes and names the theme; nothing new is added', () => {
    const r = room();
    const n = notes(r);
    r.stage('theme');
    expect(attempt(r, groupAction, { plan: { kind: 'new', name: 'Paperwork', blockerIds: [n.mine, n.theirs] } })).toBeNull();
    const themeId = readWorkshop(r.doc).blockers[n.mine]!.themeId!;
    expect(attempt(r, renameThemeAction, { id: themeId, name: 'Paperwork twice' })).toBeNull();
    expect(attempt(r, setThemeAction, { ids: [n.other], themeId })).toBeNull();
    expect(attempt(r, addBlockerAction, { text: 'New', x: 0, y: 0 })).toBe('Adding notes is closed in this phase: we are grouping blockers into themes.');
  });

  it('in the vote phase grouping, marking, renaming, merging and ungrouping are refused with the reason', () => {
    const r = room();
    const n = notes(r);
    const a = groupBlockers(r.doc, { blockerIds: [n.mine], newThemeName: 'A' });
    const b = groupBlockers(r.doc, { blockerIds: [n.other], newThemeName: 'B' });
    r.stage('vote');
    const closed = 'Changing notes is closed in this phase: we are voting.';
    expect(attempt(r, groupAction, { plan: { kind: 'join', themeId: a, blockerIds: [n.theirs] } })).toBe(closed);
    expect(attempt(r, setThemeAction, { ids: [n.theirs], themeId: a })).toBe(closed);
    expect(attempt(r, markSameAction, { ids: [n.mine, n.theirs] })).toBe(closed);
    expect(attempt(r, unmarkSameAction, { id: n.mine })).toBe(closed);
    const themes = 'Changing themes and categories is closed in this phase: we are voting.';
    expect(attempt(r, renameThemeAction, { id: a, name: 'Renamed' })).toBe(themes);
    expect(attempt(r, mergeThemesAction, { sourceIds: [a], targetId: b })).toBe(themes);
    expect(attempt(r, ungroupThemeAction, { id: a })).toBe(themes);
  });

  it('edit own (map): a practitioner may group or mark their own notes, not a colleague\'s; themes stay the facilitator\'s', () => {
    const r = room();
    const n = notes(r);
    r.stage('map');
    expect(attempt(r, markSameAction, { ids: [n.mine, n.theirs] })).toBe('In this phase you can change only your own notes.');
    expect(attempt(r, groupAction, { plan: { kind: 'new', name: 'Mine', blockerIds: [n.mine] } })).toBeNull();
    const themeId = readWorkshop(r.doc).blockers[n.mine]!.themeId!;
    expect(attempt(r, renameThemeAction, { id: themeId, name: 'Renamed' })).toBe('In this phase only the facilitator can rename, merge or ungroup themes and change categories.');
  });
});

describe('the rest of the board', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => useWorkshopStore.setState(initialWorkshopState));

  it('adding notes (typed or pasted) needs "add", categories need "edit everything", room settings need a facilitator', () => {
    const r = room();
    r.stage('vote');
    expect(attempt(r, addBlockerAction, { text: 'Forms typed twice', x: 0, y: 0 })).toBe('Adding notes is closed in this phase: we are voting.');
    expect(attempt(r, addManyNotesAction, { lines: ['One', 'Two'], firstSlot: 0 })).toBe('Adding notes is closed in this phase: we are voting.');
    r.stage('map');
    expect(attempt(r, addManyNotesAction, { lines: ['One', 'Two'], firstSlot: 0 })).toBeNull();
    expect(attempt(r, addCategoryAction, { name: 'Systems', colour: '#E6D5B8' })).toBe('In this phase only the facilitator can rename, merge or ungroup themes and change categories.');
    expect(attempt(r, startPrivateWritingAction, undefined)).toBe('Only a facilitator or co-facilitator can run the session.');
    r.as(r.fac);
    expect(attempt(r, addCategoryAction, { name: 'Systems', colour: '#E6D5B8' })).toBeNull();
    const id = Object.values(readWorkshop(r.doc).categories).find((c) => c.name === 'Systems')!.id;
    r.as(r.kim);
    r.stage('blueprint');
    expect(attempt(r, renameCategoryAction, { id, name: 'IT systems' })).toBeNull();
    r.as(r.fac);
    expect(attempt(r, startPrivateWritingAction, undefined)).toBeNull();
  });
});
