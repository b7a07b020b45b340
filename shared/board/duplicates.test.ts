import { describe, expect, test } from 'vitest';
import { realisticNotes } from '../../test/helpers/realistic-notes.js';
import { DEFAULT_DUPLICATE_THRESHOLD, MAX_GROUP_SIZE, findDuplicates, similarPairs, pairKey, similarity, stem, tokens } from './duplicates.js';

// Other notes on the same board, so that common words ("forms", "meetings") weigh what they weigh in a real room.
const BOARD = [
  'Meetings run over', 'Travel across the county to see families', 'Caseload is too high', 'Too many forms',
  'Sign-off for anything takes days', 'Case notes are typed twice', 'Panel meetings every week', 'Agency staff turnover',
  'The laptop is slow to start', 'Printing is broken on the second floor', 'Court bundles take a whole day',
  'Mileage claims on paper', 'Supervision is rushed',
];

const SAME = [
  ['The same referral details are typed into three systems', 'Typing referral details into three different systems'],
  ['Food vouchers need a senior manager to sign them off', 'Senior manager sign-off needed for food vouchers'],
  ['Supervision gets cancelled for panel meetings', 'Panel meetings keep cancelling my supervision'],
  ['Mileage claims on paper forms', 'Paper mileage claim forms'],
  ['Forms ask for the same information three times', 'Same info asked for on three different forms'],
] as const;

const DIFFERENT = [
  ['Too many meetings', 'Travel to the far patch takes an hour'],
  ['Case notes have to be typed up after every visit', 'Supervision gets cancelled for panel meetings'],
  ['The case recording system logs me out every 20 minutes', 'Court bundles are printed and posted'],
  ['Waiting for IT to fix my laptop', 'Waiting for legal advice before court'],
  ['Forms ask for the address three times', 'Court forms are printed three times'],
] as const;

describe('normalising words', () => {
  test('endings and short forms meet, stop words go', () => {
    expect(['forms', 'form'].map(stem)).toEqual(['form', 'form']);
    expect(['typed', 'typing', 'type', 'types'].map(stem)).toEqual(['typ', 'typ', 'typ', 'typ']);
    expect(['cancelled', 'cancelling', 'cancels'].map(stem)).toEqual(['cancel', 'cancel', 'cancel']);
    expect(['process', 'access'].map(stem)).toEqual(['process', 'access']);
    expect(tokens('Too many MEETINGS, and the info is lost!')).toEqual(['meet', 'information', 'lost']);
    expect(tokens('Café visits’ notes')).toEqual(['caf', 'visit', 'not']);
    // Words that are also names of object properties are just words.
    expect(tokens('constructor hasOwnProperty')).toEqual(['constructor', 'hasownproperty']);
  });
});

describe('similarity of realistic pairs', () => {
  test.each(SAME)('same: "%s" ~ "%s"', (a, b) => {
    expect(similarity(a, b, BOARD)).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
  });
  test.each(DIFFERENT)('different: "%s" vs "%s"', (a, b) => {
    expect(similarity(a, b, BOARD)).toBeLessThan(DEFAULT_DUPLICATE_THRESHOLD);
  });
  test('identical words score 1, nothing in common scores 0', () => {
    expect(similarity('Panel papers take hours', 'panel papers take hours!', BOARD)).toBeCloseTo(1, 6);
    expect(similarity('Panel papers', 'Driving to visits', BOARD)).toBe(0);
    expect(similarity('', 'Driving to visits', BOARD)).toBe(0);
  });
});

describe('findDuplicates', () => {
  const notes = [
    ...BOARD.map((text, i) => ({ id: `blocker:board${i}`, text })),
    { id: 'blocker:a', text: 'Food vouchers need a senior manager to sign them off' },
    { id: 'blocker:b', text: 'Senior manager sign-off needed for food vouchers' },
    { id: 'blocker:c', text: 'Food vouchers: senior manager sign off takes hours' },
    { id: 'blocker:d', text: 'Paper mileage claim forms' },
    { id: 'blocker:e', text: 'Mileage claims on paper forms' },
  ];

  test('suggests groups of alike notes, best first, and joins chains into one group', () => {
    const groups = findDuplicates(notes);
    const sets = groups.map((g) => [...g.ids].sort());
    expect(sets).toContainEqual(['blocker:a', 'blocker:b', 'blocker:c']);
    expect(sets.some((ids) => ids.includes('blocker:d') && ids.includes('blocker:e'))).toBe(true);
    for (let i = 1; i < groups.length; i++) expect(groups[i - 1]!.score).toBeGreaterThanOrEqual(groups[i]!.score);
    for (const group of groups) expect(group.score).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
  });

  test('a pair the room dismissed is not suggested again', () => {
    const dismissed = new Set([pairKey('blocker:e', 'blocker:d')]);
    const groups = findDuplicates(notes.filter((n) => n.id !== 'blocker:board11'), { dismissed });
    expect(groups.some((g) => g.ids.includes('blocker:d') && g.ids.includes('blocker:e'))).toBe(false);
    expect(findDuplicates(notes, { limit: 1 })).toHaveLength(1);
  });

  test('handles an empty board, one note and notes with no content words', () => {
    expect(findDuplicates([])).toEqual([]);
    expect(findDuplicates([{ id: 'blocker:x', text: 'Forms' }])).toEqual([]);
    expect(findDuplicates([{ id: 'blocker:x', text: 'the of and' }, { id: 'blocker:y', text: 'to be or not' }])).toEqual([]);
  });

  test('the prefix index loses no pair: it finds exactly what comparing every pair finds', () => {
    const sample = [...realisticNotes(400, 7), ...notes];
    for (const threshold of [0.3, 0.5, 0.8]) {
      const key = (pairs: [number, number, number][]) => pairs.map(([i, j, s]) => `${i}-${j}:${s.toFixed(9)}`).sort();
      const fast = similarPairs(sample, threshold, { perNote: Infinity });
      const slow = similarPairs(sample, threshold, { perNote: Infinity, exhaustive: true });
      expect(fast.length).toBeGreaterThan(0);
      expect(key(fast)).toEqual(key(slow));
    }
  });

  test('5,000 realistic notes are compared through the index (timing: test/bench/duplicates.bench.ts)', () => {
    const many = realisticNotes(5000);
    const groups = findDuplicates(many, { limit: 50 });
    expect(groups.length).toBe(50);
    for (const group of groups) {
      expect(group.ids.length).toBeGreaterThanOrEqual(2);
      expect(group.ids.length).toBeLessThanOrEqual(MAX_GROUP_SIZE);
    }
  });
});
