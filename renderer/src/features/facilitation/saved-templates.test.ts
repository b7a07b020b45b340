// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../../shared/facilitation/templates';
import { loadSavedTemplates, saveTemplate } from './saved-templates';

const KEY = 'small-changes:saved-templates';

describe('templates saved on this laptop', () => {
  beforeEach(() => localStorage.clear());

  test('save and load; saving the same id again replaces it', () => {
    const mine = { ...BUILT_IN_TEMPLATES[1]!, id: 'saved-our-way', title: 'Our way' };
    expect(saveTemplate(mine)).toBeNull();
    expect(saveTemplate({ ...mine, title: 'Our way, v2' })).toBeNull();
    expect(loadSavedTemplates()).toEqual([{ ...mine, title: 'Our way, v2' }]);
  });

  test('a broken or hand-edited entry is skipped, never fatal, and nothing else is lost', () => {
    const good = { ...BUILT_IN_TEMPLATES[0]!, id: 'saved-good' };
    localStorage.setItem(KEY, JSON.stringify([{ id: 'saved-bad', steps: 'lots' }, good, 7]));
    expect(loadSavedTemplates()).toEqual([good]);
    localStorage.setItem(KEY, '{not json');
    expect(loadSavedTemplates()).toEqual([]);
  });
});
