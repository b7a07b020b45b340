import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../shared/doc/types';
import type { PresenceState } from './presence-state';
import { ClaimRegistry, deriveRoster } from './roster';

const record = (id: string, displayName: string, role: Participant['role'] = 'practitioner'): Participant =>
  ({ id, displayName, role, createdAt: 1 });

const participants: Record<string, Participant> = {
  'participant:me': record('participant:me', 'Me', 'facilitator'),
  'participant:ann': record('participant:ann', 'Ann'),
  'participant:bob': record('participant:bob', 'Bob', 'leader'),
};

const presence = (participantId: string, name: string, editing?: PresenceState['editing']): PresenceState =>
  ({ participantId, name, role: 'practitioner', ...(editing === undefined ? {} : { editing }) });

function roster(states: [number, PresenceState][], claims = new ClaimRegistry(), showEditing = true) {
  return deriveRoster({ participants, states: new Map(states), myClientId: 1, myParticipantId: 'participant:me', showEditing }, claims);
}

describe('deriveRoster', () => {
  it('lists everyone: present people online (with what they edit), others offline', () => {
    const entries = roster([
      [1, presence('participant:me', 'Me')],
      [2, presence('participant:ann', 'Ann', { kind: 'blocker', id: 'blocker:x' })],
    ]);
    expect(entries.map((e) => [e.name, e.online, e.editing?.id ?? null, e.isMe])).toEqual([
      ['Ann', true, 'blocker:x', false],
      ['Me', true, null, true],
      ['Bob', false, null, false],
    ]);
    expect(entries.find((e) => e.name === 'Bob')?.role).toBe('leader');
  });

  it('hides what people edit when the workshop is anonymous', () => {
    const entries = roster([[2, presence('participant:ann', 'Ann', { kind: 'blocker', id: 'blocker:x' })]], new ClaimRegistry(), false);
    expect(entries.find((e) => e.name === 'Ann')?.editing).toBeNull();
  });

  it('flags a second laptop claiming a participant who is already here', () => {
    const claims = new ClaimRegistry();
    roster([[2, presence('participant:ann', 'Ann')]], claims);
    const entries = roster([[2, presence('participant:ann', 'Ann')], [3, presence('participant:ann', 'Ann')]], claims);
    const ann = entries.find((e) => e.participantId === 'participant:ann')!;
    expect(ann.impostorWarning).toBe(true);
    expect(ann.online).toBe(true);
    expect(claims.holderOf('participant:ann')).toBe(2);
  });

  it('never lets another laptop take over this laptop’s own participant', () => {
    const entries = roster([[1, presence('participant:me', 'Me')], [9, presence('participant:me', 'Me')]]);
    expect(entries.find((e) => e.isMe)?.impostorWarning).toBe(true);
    expect(new ClaimRegistry().update(new Map([[9, presence('participant:me', 'Me')]]), 1, 'participant:me')).toEqual(new Set([9]));
  });

  it('releases a claim when its laptop leaves, so a reconnect is not flagged', () => {
    const claims = new ClaimRegistry();
    roster([[2, presence('participant:ann', 'Ann')]], claims);
    roster([], claims);
    const entries = roster([[4, presence('participant:ann', 'Ann')]], claims);
    expect(entries.find((e) => e.participantId === 'participant:ann')?.impostorWarning).toBe(false);
    expect(claims.holderOf('participant:ann')).toBe(4);
  });

  it('shows someone present whose record has not arrived yet', () => {
    const entries = roster([[5, presence('participant:new', 'Newcomer')]]);
    const newcomer = entries.find((e) => e.participantId === 'participant:new')!;
    expect(newcomer).toMatchObject({ name: 'Newcomer', online: true, unknownRecord: true });
  });
});
