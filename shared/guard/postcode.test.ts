import { describe, expect, it } from 'vitest';
import { findPostcodes } from './postcode';

const found = (text: string) => findPostcodes(text).map((s) => text.slice(s.start, s.end));

describe('findPostcodes', () => {
  it('finds every outward-code shape, with or without the space', () => {
    expect(found('lives at LS6 2QT now')).toEqual(['LS6 2QT']);
    expect(found('taxi to M14 5RB')).toEqual(['M14 5RB']);
    expect(found('B23 6TN and B236TN')).toEqual(['B23 6TN', 'B236TN']);
    expect(found('lookup for SW1A 2AA failed')).toEqual(['SW1A 2AA']);
    expect(found('CF10 1AA, not updated')).toEqual(['CF10 1AA']);
    expect(found('W1D 4FA')).toEqual(['W1D 4FA']);
  });

  it('finds a postcode typed in lower case', () => {
    expect(found('Postcode dn48qw is not recognised')).toEqual(['dn48qw']);
    expect(found('from ws2 8nq to school')).toEqual(['ws2 8nq']);
  });

  it('ignores forms, roads, levels, year groups and outward codes alone', () => {
    for (const text of [
      'CP1 and CP2 forms',
      'Travel to the A1 and the M62',
      'the A38 and the M5',
      'NVQ L3 training',
      'Y6 to Y7 transition',
      'CIN1 form',
      'Q3 2024/25',
      'the LS6 patch',
      'CP1 2nd review',
      'L3 2nd attempt',
      'B2 1st floor',
      'KS2 3rd term',
      'Our SW4 and SW5 grades',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('ignores mixed case and unknown areas', () => {
    expect(found('Ls6 2qT')).toEqual([]);
    expect(found('QQ1 2AB')).toEqual([]);
  });

  it('accepts an ordinal-looking inward code only in capitals', () => {
    expect(found('LS1 1ST')).toEqual(['LS1 1ST']);
  });
});
