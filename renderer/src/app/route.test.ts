import { describe, expect, it } from 'vitest';
import { joinHref, parseRoute, workshopHref } from './route';

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

  it('has a settings page', () => {
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/settings/more')).toEqual({ name: 'home' });
  });

  it('sends anything else home', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/elsewhere')).toEqual({ name: 'home' });
    expect(parseRoute('#/workshop/')).toEqual({ name: 'home' });
    expect(parseRoute('#/workshop/x/nowhere')).toEqual({ name: 'home' });
  });
});

describe('the join route', () => {
  it('reads the room and the secret from a join link', () => {
    expect(parseRoute('#/join?room=K7MQ3X&secret=s%26cr%3Dt%20x')).toEqual({ name: 'join', room: 'K7MQ3X', secret: 's&cr=t x' });
  });

  it('round-trips through joinHref, and opens empty without parameters', () => {
    expect(parseRoute(joinHref('ROOM-1', 'a/b?c#d'))).toEqual({ name: 'join', room: 'ROOM-1', secret: 'a/b?c#d' });
    expect(parseRoute('#/join')).toEqual({ name: 'join', room: '', secret: '' });
    expect(joinHref()).toBe('#/join');
  });

  it('does not mistake other paths for it', () => {
    expect(parseRoute('#/joinery')).toEqual({ name: 'home' });
  });
});
