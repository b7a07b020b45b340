import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SAVING_SOURCES } from '../doc/blueprint-lists.js';
import { computeImpact, type ImpactChange, type ImpactInputs } from './impact-model.js';
import { EMPTY_DRAFT, draftOf, parseNumber, validateImpactInputs, type ImpactDraft } from './impact-inputs.js';
import { BLUEPRINT_2019_PRESET, PUBLISHED_FIGURES } from './impact-preset.js';

const round0 = (n: number | null) => (n === null ? null : Math.round(n));
const round1 = (n: number) => Math.round(n * 10) / 10;

describe("the 2019 blueprint's modelled authority", () => {
  const result = computeImpact(BLUEPRINT_2019_PRESET.inputs);

  test('reproduces the published figures within rounding', () => {
    expect(round0(result.before.timeWithFamiliesPercent)).toBe(PUBLISHED_FIGURES.timeWithFamiliesBefore);
    expect(round0(result.after.timeWithFamiliesPercent)).toBe(PUBLISHED_FIGURES.timeWithFamiliesAfter);
    expect(round1(result.before.caseload)).toBe(PUBLISHED_FIGURES.caseloadBefore);
    expect(round1(result.after.caseload)).toBe(PUBLISHED_FIGURES.caseloadAfter);
    expect(round0(result.change.caseload)).toBe(PUBLISHED_FIGURES.caseloadChange);
    expect(round0(result.change.supervision)).toBe(PUBLISHED_FIGURES.supervisionChange);
    expect(round0(result.change.experience)).toBe(PUBLISHED_FIGURES.experienceChange);
  });

  test('its inputs pass the same checks as anyone else\'s', () => {
    const check = validateImpactInputs(draftOf(BLUEPRINT_2019_PRESET.inputs), BLUEPRINT_2019_PRESET.inputs.changes);
    expect(check.ok).toBe(true);
    expect(result.minutesNotCounted).toBe(0);
  });

  test('says which assumptions are the publication\'s and which are ours', () => {
    const sources = new Set(BLUEPRINT_2019_PRESET.assumptions.map((a) => a.source));
    expect(sources).toEqual(new Set(['publication', 'ours']));
  });
});

describe('the arithmetic', () => {
  const base: ImpactInputs = {
    caseHolders: 10, managersBecomingCaseHolders: 2, totalCases: 150, contractedHours: 37,
    week: { direct: 6, travel: 4, recording: 15, meetings: 5, supervision: 2 },
    yearsCaseHolders: 5, yearsManagers: 11, supervisionShare: 50, changes: [],
  };

  test('with no changes, only caseload and experience move', () => {
    const r = computeImpact(base);
    expect(r.after.directHoursPerWeek).toBe(6);
    expect(r.after.supervisionHoursPerWeek).toBe(2);
    expect(r.before.caseload).toBe(15);
    expect(r.after.caseload).toBe(12.5);
    expect(r.after.averageYearsExperience).toBe(6);
    expect(r.before.week.other).toBe(5);
  });

  test('a change cannot save more of a part of the week than the week spends on it', () => {
    const r = computeImpact({ ...base, changes: [{ label: 'Patch', minutesPerWeek: 300, from: 'travel' }] });
    expect(r.hoursGivenBackEach).toBe(4);
    expect(r.minutesNotCounted).toBe(60);
    expect(r.after.week.travel).toBe(0);
    expect(r.after.directHoursPerWeek).toBe(8);
    expect(r.after.supervisionHoursPerWeek).toBe(4);
    expect(r.hoursGivenBackInAll).toBe(48);
  });
});

describe('bad input is refused with a message at the field', () => {
  const good = draftOf(BLUEPRINT_2019_PRESET.inputs);
  const errorsFor = (draft: ImpactDraft, changes: ImpactChange[] = []) => {
    const check = validateImpactInputs(draft, changes);
    if (check.ok) throw new Error('expected a refusal');
    return check;
  };

  test('negative staff', () => {
    expect(errorsFor({ ...good, caseHolders: -3 }).errors.caseHolders).toBe('Case-holding staff cannot be negative.');
  });

  test('a week over 168 hours', () => {
    expect(errorsFor({ ...good, contractedHours: 169 }).errors.contractedHours).toMatch(/A week has 168 hours/);
    expect(errorsFor({ ...good, travelHours: 200 }).errors.travelHours).toMatch(/A week has 168 hours/);
  });

  test('a week whose parts add up to more than the contracted hours', () => {
    expect(errorsFor({ ...good, recordingHours: 30 }).errors.weekTotal).toBe(
      "The week's parts add up to 48.72 hours, more than the 37 contracted hours.",
    );
  });

  test('more managers than staff', () => {
    expect(errorsFor({ ...good, managersBecomingCaseHolders: 101 }).errors.managersBecomingCaseHolders).toBe(
      'More managers than case-holding staff: enter at most 100.',
    );
  });

  test('no staff, half a person, not a number, over 100 per cent, a negative saving', () => {
    expect(errorsFor({ ...good, caseHolders: 0 }).errors.caseHolders).toMatch(/at least one/);
    expect(errorsFor({ ...good, caseHolders: 2.5 }).errors.caseHolders).toMatch(/whole number/);
    expect(errorsFor({ ...good, totalCases: Number.NaN }).errors.totalCases).toMatch(/as a number/);
    expect(errorsFor({ ...good, supervisionShare: 120 }).errors.supervisionShare).toMatch(/between 0 and 100/);
    expect(errorsFor(good, [{ label: 'Charter', minutesPerWeek: -5, from: 'meetings' }]).changeErrors[0]).toMatch(/cannot be negative/);
  });

  test('empty fields are missing, not wrong', () => {
    const check = errorsFor(EMPTY_DRAFT);
    expect(check.errors).toEqual({});
    expect(check.missing).toHaveLength(12);
  });

  test('typed text becomes numbers', () => {
    expect(parseNumber(' 1,550 ')).toBe(1550);
    expect(parseNumber('7.5')).toBe(7.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('twelve')).toBeNaN();
    expect(parseNumber('-3')).toBe(-3);
  });
});

/** Any inputs validateImpactInputs accepts. */
const validInputs: fc.Arbitrary<ImpactInputs> = fc
  .record({
    caseHolders: fc.integer({ min: 1, max: 5000 }),
    managersFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    totalCases: fc.integer({ min: 0, max: 100_000 }),
    contractedHours: fc.double({ min: 0.5, max: 168, noNaN: true }),
    split: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    yearsCaseHolders: fc.double({ min: 0, max: 60, noNaN: true }),
    yearsManagers: fc.double({ min: 0, max: 60, noNaN: true }),
    supervisionShare: fc.double({ min: 0, max: 100, noNaN: true }),
    changes: fc.array(
      fc.record({
        label: fc.constant('change'),
        minutesPerWeek: fc.double({ min: 0, max: 10_080, noNaN: true }),
        from: fc.constantFrom(...SAVING_SOURCES.map((s) => s.id)),
      }),
      { maxLength: 6 },
    ),
  })
  .map((r) => {
    // Shares of the contracted week, scaled so the five parts never exceed it.
    const weights = r.split;
    const sum = weights.reduce((a, b) => a + b, 0) || 1;
    const part = (i: number) => ((weights[i] as number) / sum) * r.contractedHours * 0.999;
    return {
      caseHolders: r.caseHolders,
      managersBecomingCaseHolders: Math.floor(r.managersFraction * r.caseHolders),
      totalCases: r.totalCases,
      contractedHours: r.contractedHours,
      week: { direct: part(0), travel: part(1), recording: part(2), meetings: part(3), supervision: part(4) },
      yearsCaseHolders: r.yearsCaseHolders,
      yearsManagers: r.yearsManagers,
      supervisionShare: r.supervisionShare,
      changes: r.changes,
    };
  });

describe('properties', () => {
  test('the generated inputs are valid ones', () => {
    fc.assert(fc.property(validInputs, (inputs) => validateImpactInputs(draftOf(inputs), inputs.changes).ok), { numRuns: 200 });
  });

  test('more time saved never lowers time with families', () => {
    fc.assert(
      fc.property(validInputs, fc.nat({ max: 10 }), fc.double({ min: 0, max: 2000, noNaN: true }), (inputs, pick, extra) => {
        if (inputs.changes.length === 0) return;
        const i = pick % inputs.changes.length;
        const more = inputs.changes.map((c, j) => (j === i ? { ...c, minutesPerWeek: Math.min(10_080, c.minutesPerWeek + extra) } : c));
        const before = computeImpact(inputs).after.timeWithFamiliesPercent;
        const after = computeImpact({ ...inputs, changes: more }).after.timeWithFamiliesPercent;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  test('caseload equals cases over case holders, before and after', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const r = computeImpact(inputs);
        expect(r.before.caseload).toBeCloseTo(inputs.totalCases / inputs.caseHolders, 9);
        expect(r.after.caseload).toBeCloseTo(inputs.totalCases / (inputs.caseHolders + inputs.managersBecomingCaseHolders), 9);
      }),
      { numRuns: 300 },
    );
  });

  test('every output is finite for every valid input', () => {
    const finiteEverywhere = (value: unknown): boolean =>
      typeof value === 'number' ? Number.isFinite(value)
        : typeof value === 'object' && value !== null ? Object.values(value).every(finiteEverywhere) : true;
    fc.assert(fc.property(validInputs, (inputs) => finiteEverywhere(computeImpact(inputs))), { numRuns: 300 });
  });

  test('the time given back never exceeds the week', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const r = computeImpact(inputs);
        const w = r.after.week;
        const total = w.direct + w.travel + w.recording + w.meetings + w.supervision + w.other;
        expect(total).toBeLessThanOrEqual(inputs.contractedHours + 1e-6);
        for (const part of Object.values(w)) expect(part).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
