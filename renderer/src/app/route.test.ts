import { describe, expect, it } from 'vitest';
import { parseRoute, workshopHref } from './route';

describe('routes', () => {
  it('round-trips a workshop id through the hash', () => {
    const id = 'workshop:Ab-9_x';
    expect(parseRoute(workshopHref(id))).toEqual({ name: 'workshop', id, view: 'board' });
  });

  it('round-trips each view of a workshop', () => {
    for (const view of ['board', 'ideas', 'vote', 'blueprint'] as const) {
      expect(parseRoute(workshopHref('workshop:x', view))).toEqual({ name: 'workshop', id: 'workshop:x', view });
    }
  });

  it('sends anything else home', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'home' });
    expect(parseRoute('#/workshop/')).toEqual({ name: 'home' });
    expect(parseRoute('#/workshop/x/nowhere')).toEqual({ name: 'home' });
  });
});
