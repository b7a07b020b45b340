import { describe, expect, it } from 'vitest';
import { parseRoute, workshopHref } from './route';

describe('routes', () => {
  it('round-trips a workshop id through the hash', () => {
    const id = 'workshop:Ab-9_x';
    expect(parseRoute(workshopHref(id))).toEqual({ name: 'workshop', id });
  });

  it('sends anything else home', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'home' });
    expect(parseRoute('#/workshop/')).toEqual({ name: 'home' });
  });
});
