import { describe, expect, test } from 'vitest';
import { budgetReason, suggestedVotesPerPerson } from './budget.js';

describe('suggested dots', () => {
  test('about one per four or five options, with the reason in words', () => {
    expect(suggestedVotesPerPerson(9)).toBe(2);
    expect(budgetReason(9)).toMatch(/^9 options on the ballot: .* suggests 2 dots each/);
    expect(budgetReason(1)).toMatch(/^1 option on the ballot: .* suggests 1 dot each/);
    expect(budgetReason(0)).toMatch(/Add items to the ballot/);
  });
});
