import type { Participant } from '../../../../shared/doc/types';
import type { RoleId } from '../../../../shared/doc/seeded-lists';
import type { PresenceState } from './presence-state';

/**
 * Who is in the room, from the workshop's participant records and the live
 * presence states.
 *
 * Posing as someone: a presence state names a participant id, and anyone with
 * the room secret can name any id. Each participant id is bound to the first
 * laptop (awareness client) that claimed it in this session, for as long as
 * that laptop stays present; any other laptop claiming the same id is shown as
 * a possible impostor. Limits, said plainly: whoever claims an id first wins
 * (an impostor who arrives before the real person is the one believed, and
 * the real person is the one flagged); a laptop that closes without saying
 * goodbye keeps its claim until its presence times out (about 30 seconds), so
 * a quick reconnect may be flagged for that long; and a member can forge
 * presence for another laptop's client id. Signed presence (a key pair per
 * laptop, its public key in the participant record) would close these gaps.
 */
export interface RosterEntry {
  readonly participantId: string;
  readonly name: string;
  readonly role: RoleId;
  readonly online: boolean;
  /** What they are editing, when they are online and say so. */
  readonly editing: { readonly kind: string; readonly id: string } | null;
  readonly isMe: boolean;
  /** Another laptop is present claiming to be this participant. */
  readonly impostorWarning: boolean;
  /** Present, but the workshop has no record of them yet (it may still be arriving). */
  readonly unknownRecord: boolean;
}

/** Binds each participant id to the first client that claimed it while that client is present. */
export class ClaimRegistry {
  private readonly holders = new Map<string, number>();

  /** Re-reads the present states; returns the client ids whose claim is not theirs. */
  update(states: ReadonlyMap<number, PresenceState>, myClientId: number, myParticipantId: string | null): Set<number> {
    // This laptop is always itself, whoever else says otherwise.
    if (myParticipantId !== null) this.holders.set(myParticipantId, myClientId);
    for (const [participantId, holder] of this.holders) {
      if (holder === myClientId && participantId === myParticipantId) continue;
      if (states.get(holder)?.participantId !== participantId) this.holders.delete(participantId);
    }
    const impostors = new Set<number>();
    for (const [clientId, state] of states) {
      const holder = this.holders.get(state.participantId);
      if (holder === undefined) this.holders.set(state.participantId, clientId);
      else if (holder !== clientId) impostors.add(clientId);
    }
    return impostors;
  }

  holderOf(participantId: string): number | undefined {
    return this.holders.get(participantId);
  }
}

export interface RosterInput {
  readonly participants: Readonly<Record<string, Participant>>;
  /** Valid presence states by awareness client id, this laptop's included. */
  readonly states: ReadonlyMap<number, PresenceState>;
  readonly myClientId: number;
  readonly myParticipantId: string | null;
  /** Hook for anonymous workshops: when false, nobody is shown editing a given record. */
  readonly showEditing: boolean;
}

/** Everyone with a record or a presence, online people first, then by name. */
export function deriveRoster(input: RosterInput, claims: ClaimRegistry): RosterEntry[] {
  const impostors = claims.update(input.states, input.myClientId, input.myParticipantId);
  const claimedBy = new Map<string, number[]>();
  for (const [clientId, state] of input.states) {
    const list = claimedBy.get(state.participantId) ?? [];
    list.push(clientId);
    claimedBy.set(state.participantId, list);
  }
  const ids = new Set([...Object.keys(input.participants), ...claimedBy.keys()]);
  const entries: RosterEntry[] = [];
  for (const participantId of ids) {
    const record = input.participants[participantId];
    const holder = claims.holderOf(participantId);
    const holderState = holder === undefined ? undefined : input.states.get(holder);
    const present = holderState !== undefined;
    const clients = claimedBy.get(participantId) ?? [];
    const editing = present && input.showEditing && holderState.editing ? holderState.editing : null;
    entries.push({
      participantId,
      name: record?.displayName ?? holderState?.name ?? 'Someone',
      role: record?.role ?? holderState?.role ?? 'practitioner',
      online: present,
      editing: editing ? { kind: editing.kind, id: editing.id } : null,
      isMe: participantId === input.myParticipantId,
      impostorWarning: clients.some((clientId) => impostors.has(clientId)),
      unknownRecord: record === undefined,
    });
  }
  return entries.sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name, 'en-GB'));
}
