import { describe, expect, it } from 'vitest';
import { parsePresenceJson } from './presence-state';

const sam = { participantId: 'participant:sam1', name: 'Sam', role: 'practitioner' };

describe('parsePresenceJson', () => {
  it('reads a presence state with a hand and a caret beside it', () => {
    const state = { ...sam, hand: 'up', user: { name: 'Sam', color: '#1d70b8' }, cursor: null, editing: null };
    expect(parsePresenceJson(JSON.stringify(state))).toEqual({ ok: true, state });
  });

  it('counts a laptop that has not said who it is yet as absent, not refused', () => {
    for (const state of [{}, { participantId: sam.participantId }, { participantId: sam.participantId, hand: 'ready' }, { user: { name: 'Sam', color: '#1d70b8' } }]) {
      expect(parsePresenceJson(JSON.stringify(state)), JSON.stringify(state)).toEqual({ ok: true, state: null });
    }
    expect(parsePresenceJson('null')).toEqual({ ok: true, state: null });
  });

  it('still refuses unknown fields, wrong values and oversized states', () => {
    expect(parsePresenceJson(JSON.stringify({ participantId: sam.participantId, extra: 1 }))).toEqual({ ok: false, reason: 'not a presence state' });
    expect(parsePresenceJson(JSON.stringify({ hand: 'sideways' }))).toEqual({ ok: false, reason: 'not a presence state' });
    expect(parsePresenceJson(JSON.stringify({ ...sam, role: 'king' }))).toEqual({ ok: false, reason: 'not a presence state' });
    expect(parsePresenceJson('"garbage"')).toEqual({ ok: false, reason: 'not a presence state' });
    expect(parsePresenceJson(JSON.stringify({ ...sam, name: 'x'.repeat(3000) }))).toEqual({ ok: false, reason: 'too large' });
  });
});
