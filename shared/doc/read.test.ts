import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop } from '../../test/helpers/workshop-doc.js';
import { readBlocker, readIdea, readMeta, readParticipant, readRound, readSection, readTheme, readVote, readWorkshop } from './read.js';
import { blockersMap, ideasMap, metaMap, participantsMap, roundsMap, sectionsMap, themesMap, votesMap } from './schema.js';
import { addBlocker, addIdea, addTheme } from './ops/index.js';

/** Puts a bare record (only the given fields) into a root, as an old or foreign writer might. */
function bare(root: Y.Map<Y.Map<unknown>>, id: string, fields: Record<string, unknown> = {}): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  root.set(id, map);
  for (const [k, v] of Object.entries(fields)) map.set(k, v);
  return map;
}

describe('readers', () => {
  test('a record with no fields reads as all defaults, its id from its key', () => {
    const doc = new Y.Doc();
    expect(readBlocker(bare(blockersMap(doc), 'blocker:bare'))).toEqual({
      id: 'blocker:bare', text: '', category: 'other', scope: null, affects: '', frequency: null, minutesPerWeek: null,
      evidence: '', authorId: null, x: 0, y: 0, themeId: null, createdAt: 0, sameAs: null,
    });
    expect(readTheme(bare(themesMap(doc), 'theme:t'))).toEqual({ id: 'theme:t', name: '', createdAt: 0 });
    expect(readIdea(bare(ideasMap(doc), 'idea:i'))).toMatchObject({ id: 'idea:i', text: '', blockerIds: [], scope: null, effort: null, reviewDate: '' });
    expect(readParticipant(bare(participantsMap(doc), 'participant:p'))).toEqual({ id: 'participant:p', displayName: '', role: 'practitioner', createdAt: 0 });
    expect(readRound(bare(roundsMap(doc), 'round:r'))).toMatchObject({ ballot: 'ideas', itemIds: [], votesPerPerson: 3, capPerItem: null, stacking: true, status: 'draft', openedAt: null });
    expect(readVote(bare(votesMap(doc), 'vote:v'))).toEqual({ id: 'vote:v', roundId: '', itemId: '', voterId: '', castAt: 0, sealed: '', retracts: null });
    expect(readSection(bare(sectionsMap(doc), 'section:s'))).toEqual({ id: 'section:s', title: '', kind: 'custom', order: 0, createdAt: 0, deletedAt: null });
  });

  test('fields of the wrong type read as their defaults instead of throwing', () => {
    const doc = new Y.Doc();
    const map = bare(blockersMap(doc), 'blocker:odd', {
      text: 'plain string, not Y.Text', category: 'not-a-category', minutesPerWeek: 'sixty', x: Number.NaN, authorId: 7, scope: 'our-service',
    });
    expect(readBlocker(map)).toMatchObject({ text: '', category: 'other', minutesPerWeek: null, x: 0, authorId: null, scope: 'our-service' });
    const idea = bare(ideasMap(doc), 'idea:odd', { blockerIds: ['blocker:a'] });
    expect(readIdea(idea).blockerIds).toEqual([]);
  });

  test('meta of a document written before schemaVersion reads with defaults', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('title', 'Old workshop');
    expect(readMeta(doc)).toEqual({ title: 'Old workshop', localAuthority: '', date: '', schemaVersion: 0, phase: 'welcome', teamSize: 8, anonymous: false, createdAt: 0, privateWriting: false,
      namesInExports: false, agendaStep: null, timerStartedAt: null, timerSeconds: 0, boardLocked: false,
      followView: '', followTarget: '', followAt: 0, programmeTitle: '', sessionNumber: 1,
    });
  });

  test('readWorkshop returns every record, and arrays that cannot alter the doc', () => {
    const { doc, me } = newWorkshop();
    const theme = addTheme(doc, { name: 'Forms' });
    const blocker = addBlocker(doc, { text: 'Forms', themeId: theme, authorId: me });
    const idea = addIdea(doc, { text: 'One form', blockerIds: [blocker] });
    blockersMap(doc).set('blocker:junk' as string, 'not a record' as never);
    const snap = readWorkshop(doc);
    expect(Object.keys(snap.blockers)).toEqual([blocker]);
    expect(snap.themes[theme]?.name).toBe('Forms');
    expect(snap.participants[me]?.displayName).toBe('Sam');
    expect(snap.ideas[idea]?.blockerIds).toEqual([blocker]);
    expect(snap.meta.title).toBe('Time with families');
    (snap.ideas[idea]?.blockerIds as string[]).push('blocker:x');
    expect(readWorkshop(doc).ideas[idea]?.blockerIds).toEqual([blocker]);
  });
});
