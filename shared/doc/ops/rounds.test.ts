import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readRound, readVote } from '../read.js';
import { roundsMap, votesMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { validateDoc } from '../validate.js';
import {
  addIdea, addParticipant, addRound, addTheme, castVote, deleteRound, retractVote, setRoundStatus, suggestedVotesPerPerson, updateRound,
} from './index.js';

const round = (doc: Y.Doc, id: string) => readRound(roundsMap(doc).get(id) as Y.Map<unknown>);

function setup() {
  const { doc, me } = newWorkshop();
  const ideas = Array.from({ length: 9 }, (_, i) => addIdea(doc, { text: `Idea ${i}` }));
  return { doc, me, ideas };
}

describe('round and vote ops', () => {
  test('addRound suggests about one dot per four or five items', () => {
    const { doc, ideas } = setup();
    let id = '';
    expect(recordTransactions(doc, () => { id = addRound(doc, { title: 'First round', itemIds: ideas }); })).toEqual([LOCAL_ORIGIN]);
    expect(round(doc, id)).toMatchObject({ title: 'First round', ballot: 'ideas', itemIds: ideas, votesPerPerson: 2, status: 'draft', capPerItem: null, stacking: true, openedAt: null });
    expect(suggestedVotesPerPerson(0)).toBe(3);
    expect(suggestedVotesPerPerson(3)).toBe(1);
    expect(suggestedVotesPerPerson(20)).toBe(4);
  });

  test('addRound and updateRound refuse bad ballots and rules', () => {
    const { doc, ideas } = setup();
    const theme = addTheme(doc, { name: 'Forms' });
    expect(() => addRound(doc, { title: '' })).toThrow(/cannot be empty/);
    expect(() => addRound(doc, { title: 'x', itemIds: [theme] })).toThrow(/ballot of ideas can only hold ideas/);
    expect(() => addRound(doc, { title: 'x', itemIds: ['idea:gone'] })).toThrow(/no idea/);
    expect(() => addRound(doc, { title: 'x', itemIds: [ideas[0] as string, ideas[0] as string] })).toThrow(/twice/);
    expect(() => addRound(doc, { title: 'x', votesPerPerson: 0 })).toThrow(/Dots per person must be at least 1/);
    const id = addRound(doc, { title: 'x' });
    expect(recordTransactions(doc, () => updateRound(doc, id, { ballot: 'themes', itemIds: [theme], capPerItem: 2 }))).toEqual([LOCAL_ORIGIN]);
    expect(round(doc, id)).toMatchObject({ ballot: 'themes', itemIds: [theme], capPerItem: 2 });
    expect(() => updateRound(doc, id, { ballot: 'ideas' })).toThrow(/ballot of ideas can only hold ideas/);
    setRoundStatus(doc, id, 'open');
    expect(() => updateRound(doc, id, { votesPerPerson: 5 })).toThrow(/before the round opens/);
    updateRound(doc, id, { title: 'Renamed while open' });
    expect(round(doc, id).title).toBe('Renamed while open');
  });

  test('status moves draft → open → closed → revealed, with times', () => {
    const { doc, ideas } = setup();
    const empty = addRound(doc, { title: 'empty' });
    expect(() => setRoundStatus(doc, empty, 'open')).toThrow(/Add something to vote on/);
    const id = addRound(doc, { title: 'x', itemIds: ideas });
    expect(() => setRoundStatus(doc, id, 'revealed')).toThrow(/A draft round cannot be made revealed/);
    expect(() => setRoundStatus(doc, id, 'paused' as never)).toThrow(/Status must be one of/);
    expect(recordTransactions(doc, () => setRoundStatus(doc, id, 'open'))).toEqual([LOCAL_ORIGIN]);
    expect(round(doc, id).openedAt).toBeGreaterThan(0);
    setRoundStatus(doc, id, 'closed');
    expect(round(doc, id).closedAt).toBeGreaterThan(0);
    setRoundStatus(doc, id, 'revealed');
    expect(recordTransactions(doc, () => setRoundStatus(doc, id, 'revealed'))).toEqual([]);
    expect(round(doc, id).status).toBe('revealed');
    expect(validateDoc(doc)).toEqual([]);
  });

  test('castVote keeps the budget, stacking and cap rules', () => {
    const { doc, me, ideas } = setup();
    const [a, b, c] = ideas as [string, string, string];
    const id = addRound(doc, { title: 'x', itemIds: [a, b, c], votesPerPerson: 3, capPerItem: 2 });
    expect(() => castVote(doc, { roundId: id, itemId: a, voterId: me })).toThrow(/not open/);
    setRoundStatus(doc, id, 'open');
    let vote = '';
    expect(recordTransactions(doc, () => { vote = castVote(doc, { roundId: id, itemId: a, voterId: me }); })).toEqual([LOCAL_ORIGIN]);
    expect(readVote(votesMap(doc).get(vote) as Y.Map<unknown>)).toMatchObject({ id: vote, roundId: id, itemId: a, voterId: me });
    castVote(doc, { roundId: id, itemId: a, voterId: me });
    expect(() => castVote(doc, { roundId: id, itemId: a, voterId: me })).toThrow(/at most 2 dots on one item/);
    castVote(doc, { roundId: id, itemId: b, voterId: me });
    expect(() => castVote(doc, { roundId: id, itemId: c, voterId: me })).toThrow(/used all 3/);
    expect(() => castVote(doc, { roundId: id, itemId: 'idea:other', voterId: me })).toThrow(/not on this ballot/);
    expect(() => castVote(doc, { roundId: id, itemId: a, voterId: 'participant:ghost' })).toThrow(/no participant/);
    expect(() => castVote(doc, { roundId: 'round:gone', itemId: a, voterId: me })).toThrow(/no voting round/);
    expect(recordTransactions(doc, () => retractVote(doc, vote))).toEqual([LOCAL_ORIGIN]);
    castVote(doc, { roundId: id, itemId: c, voterId: me });
    setRoundStatus(doc, id, 'closed');
    const [last] = [...votesMap(doc).keys()];
    expect(() => retractVote(doc, last as string)).toThrow(/only be taken back while the round is open/);
    expect(() => retractVote(doc, 'vote:gone')).toThrow(/no vote/);
  });

  test('without stacking one dot per item', () => {
    const { doc, ideas } = setup();
    const voter = addParticipant(doc, { displayName: 'Kim', role: 'practitioner' });
    const id = addRound(doc, { title: 'x', itemIds: ideas, stacking: false, votesPerPerson: 5 });
    setRoundStatus(doc, id, 'open');
    castVote(doc, { roundId: id, itemId: ideas[0] as string, voterId: voter });
    expect(() => castVote(doc, { roundId: id, itemId: ideas[0] as string, voterId: voter })).toThrow(/only one of your dots/);
  });

  test('deleteRound removes its votes in the same transaction', () => {
    const { doc, me, ideas } = setup();
    const id = addRound(doc, { title: 'x', itemIds: ideas });
    const other = addRound(doc, { title: 'y', itemIds: ideas });
    setRoundStatus(doc, id, 'open');
    setRoundStatus(doc, other, 'open');
    castVote(doc, { roundId: id, itemId: ideas[0] as string, voterId: me });
    const kept = castVote(doc, { roundId: other, itemId: ideas[0] as string, voterId: me });
    expect(recordTransactions(doc, () => deleteRound(doc, id))).toEqual([LOCAL_ORIGIN]);
    expect([...votesMap(doc).keys()]).toEqual([kept]);
    expect(() => deleteRound(doc, id)).toThrow(/no voting round/);
  });
});
