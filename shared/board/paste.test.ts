import { describe, expect, test } from 'vitest';
import { looksLikeManyNotes, splitPastedLines } from './paste.js';

describe('splitPastedLines', () => {
  test('one note per non-empty line, bullets and numbers dropped', () => {
    const pasted = '- Forms ask for the address three times\r\n\n  * Mileage claims on paper  \n1. Sign-off takes days\n2) Panel papers\n• Travel\n\t\n';
    expect(splitPastedLines(pasted)).toEqual([
      'Forms ask for the address three times', 'Mileage claims on paper', 'Sign-off takes days', 'Panel papers', 'Travel',
    ]);
    expect(looksLikeManyNotes(pasted)).toBe(true);
  });

  test('a single line is one note; words that begin like a list are kept', () => {
    expect(splitPastedLines('  Supervision gets cancelled  ')).toEqual(['Supervision gets cancelled']);
    expect(looksLikeManyNotes('Supervision gets cancelled\n')).toBe(false);
    expect(splitPastedLines('3 hours a week on mileage\n-5 degrees in the office')).toEqual(['3 hours a week on mileage', '-5 degrees in the office']);
    expect(splitPastedLines('')).toEqual([]);
  });
});
