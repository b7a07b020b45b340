import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorkshop, recordTransactions } from '../../../test/helpers/workshop-doc.js';
import { readRound, readVote } from '../read.js';
import { roundsMap, votesMap } from '../schema.js';
import { LOCAL_ORIGIN } from '../origin.js';
import { validateDoc } from '../validate.js';
import {
  addIdea, addParticipant, addRound, addTheme, castVote, closeRound, deleteRound, openRound, retractVote, revealRound, setRoundStatus,
  suggestedVotesPerPerson, updateRound,
} from './index.js';
import { makeRoundKeys, openChoice } from '../../vote/seal.js';
import { decodeSeen } from '../../vote/seen.js';

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
    expect(() => setRoundStatus(doc, id, 'closed')).toThrow(/A revealed round stays revealed/);
    expect(validateDoc(doc)).toEqual([]);
  });

  test('openRound seals votes to a fresh key that only revealRound publishes', () => {
    const { doc, me, ideas } = setup();
    const id = addRound(doc, { title: 'Sealed', itemIds: ideas });
    const { secretKey } = openRound(doc, id);
    expect(secretKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(round(doc, id).sealKey).not.toBe('');
    const vote = castVote(doc, { roundId: id, itemId: ideas[2] as string, voterId: me });
    const stored = readVote(votesMap(doc).get(vote) as Y.Map<unknown>);
    expect(stored.itemId).toBe('');
    expect(openChoice(secretKey as string, stored.sealed, { roundId: id, voteId: vote, voterId: me })).toBe(ideas[2]);
    closeRound(doc, id);
    expect(() => revealRound(doc, id)).toThrow(/only the laptop that opened the round holds the key/);
    expect(() => revealRound(doc, id, makeRoundKeys().secretKey)).toThrow(/does not open this round/);
    expect(round(doc, id).openKey).toBe('');
    expect(recordTransactions(doc, () => revealRound(doc, id, secretKey))).toEqual([LOCAL_ORIGIN]);
    expect(round(doc, id)).toMatchObject({ status: 'revealed', openKey: secretKey });
    expect(validateDoc(doc)).toEqual([]);
  });

  test('closeRound records what this laptop held; reopening clears it and keeps the key', () => {
    const { doc, me, ideas } = setup();
    const id = addRound(doc, { title: 'x', itemIds: ideas });
    const { secretKey } = openRound(doc, id);
    castVote(doc, { roundId: id, itemId: ideas[0] as string, voterId: me });
    const before = Y.encodeStateVector(doc);
    expect(recordTransactions(doc, () => closeRound(doc, id))).toEqual([LOCAL_ORIGIN]);
    const closed = round(doc, id);
    expect(decodeSeen(closed.closedSeen)).toEqual(Y.decodeStateVector(before));
    expect(closed).toMatchObject({ closedRoll: [me], closedVoteCount: 1 });
    const key = closed.sealKey;
    expect(openRound(doc, id)).toEqual({ secretKey: null });
    expect(round(doc, id)).toMatchObject({ status: 'open', closedSeen: '', closedRoll: [], closedVoteCount: 0, sealKey: key, closedAt: null });
    closeRound(doc, id);
    revealRound(doc, id, secretKey);
  });

  test('castVote in a sealed round checks the cap against the choices this laptop remembers', () => {
    const { doc, me, ideas } = setup();
    const id = addRound(doc, { title: 'x', itemIds: ideas, votesPerPerson: 3, capPerItem: 1 });
    openRound(doc, id);
    const known = new Map<string, string>();
    known.set(castVote(doc, { roundId: id, itemId: ideas[0] as string, voterId: me }), ideas[0] as string);
    expect(() => castVote(doc, { roundId: id, itemId: ideas[0] as string, voterId: me }, (v) => known.get(v) ?? null)).toThrow(/at most 1 dots/);
    castVote(doc, { roundId: id, itemId: ideas[1] as string, voterId: me }, (v) => known.get(v) ?? null);
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
    expect(votesMap(doc).has(vote)).toBe(true); // taken back by a new record, never deleted
    expect(() => retractVote(doc, vote)).toThrow(/already been taken back/);
    castVote(doc, { roundId: id, itemId: c, voterId: me });
    setRoundStatus(doc, id, 'closed');
    expect(() => retractVote(doc, vote)).toThrow(/only be taken back while the round is open/);
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
