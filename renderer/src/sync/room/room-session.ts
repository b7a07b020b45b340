import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { addParticipant, updateParticipant } from '../../../../shared/doc/ops';
import { participantsMap } from '../../../../shared/doc/schema';
import { joinUrl } from '../../../../shared/room/room-code';
import { myParticipantId, rememberMe } from '../../workshop/identity';
import { useWorkshopStore, type WorkshopState } from '../../store/workshop-store';
import { parsePresenceJson, type PresenceState } from './presence-state';
import type { RoomCredentials } from './room-credentials';
import { RoomConnection, type RoomConnectionOptions, type RoomConnectionState } from './room-connection';
import { ClaimRegistry, deriveRoster } from './roster';

/**
 * Runs one room for the open workshop: the connection, this laptop's
 * presence, the roster and the store's `room` slice. Writes to the document
 * only through ops (the participant record of someone joining).
 */
export interface RoomSessionOptions {
  readonly doc: Y.Doc;
  /** The workshop's presence (session.awareness), shared with the room; the connection makes its own without it. */
  readonly awareness?: Awareness;
  readonly credentials: RoomCredentials;
  /** True when no host sync runs for this workshop: the room's status is then also the board's sync status. */
  readonly ownsSyncStatus: boolean;
  /** Test hooks (Node): WebRTC and WebSocket implementations. */
  readonly connection?: Partial<Pick<RoomConnectionOptions, 'wrtc' | 'createSocket' | 'mesh'>>;
}

export interface RoomSession {
  readonly connection: Promise<RoomConnection | null>;
  stop(): void;
}

/** The presence hook for anonymous workshops: nobody is shown editing a given note. */
export function presenceEditing(state: Pick<WorkshopState, 'editingBlockerId' | 'snapshot'>): PresenceState['editing'] {
  if (state.snapshot?.meta.anonymous) return null;
  return state.editingBlockerId ? { kind: 'blocker', id: state.editingBlockerId } : null;
}

export function startRoomSession(options: RoomSessionOptions): RoomSession {
  const { doc, credentials } = options;
  const store = useWorkshopStore;
  const claims = new ClaimRegistry();
  let stopped = false;
  const cleanups: (() => void)[] = [];
  const view = { roomName: credentials.roomName, hostUrl: credentials.hostUrl, joinUrl: joinUrl(credentials.hostUrl, credentials.roomName, credentials.secret) };
  store.setState({ room: { ...view, link: null, roster: [], error: null } });

  const connection = RoomConnection.open({
    doc,
    roomName: credentials.roomName,
    secret: credentials.secret,
    hostUrl: credentials.hostUrl,
    ...(options.awareness ? { awareness: options.awareness } : {}),
    ...options.connection,
    onChange: (state) => onLink(state),
  }).then(
    (room) => {
      if (stopped) {
        room.destroy();
        return null;
      }
      begin(room);
      return room;
    },
    (error: unknown) => {
      if (!stopped) store.setState((s) => ({ room: s.room && { ...s.room, error: `The room could not be joined: ${error instanceof Error ? error.message : String(error)}` } }));
      return null;
    },
  );

  function onLink(link: RoomConnectionState): void {
    if (stopped) return;
    store.setState((s) => ({
      room: s.room && { ...s.room, link },
      ...(options.ownsSyncStatus
        ? { sync: { status: link.relay === 'connected' ? 'synced' as const : link.status === 'offline' ? 'offline' as const : 'connecting' as const, lastSyncedAt: link.lastSyncedAt, saveProblem: link.hostSaveProblem } }
        : {}),
    }));
  }

  function begin(room: RoomConnection): void {
    onLink(room.state);
    let joined = credentials.profile === null;
    const ensureParticipant = (): void => {
      if (joined || credentials.profile === null) return;
      // Wait for the workshop to arrive, so a rejoining laptop finds its record.
      if (!store.getState().snapshot?.meta.title) return;
      joined = true;
      const { displayName, role } = credentials.profile;
      const known = myParticipantId(credentials.workshopId);
      if (known && participantsMap(doc).has(known)) {
        const record = store.getState().snapshot?.participants[known];
        if (record?.displayName !== displayName || record?.role !== role) updateParticipant(doc, known, { displayName, role });
      } else {
        rememberMe(credentials.workshopId, addParticipant(doc, { displayName, role, ...(known ? { id: known } : {}) }));
      }
    };

    const presence = (): PresenceState | null => {
      const state = store.getState();
      const id = myParticipantId(credentials.workshopId);
      const record = id ? state.snapshot?.participants[id] : undefined;
      if (!id || !record) return null;
      const editing = presenceEditing(state);
      return { participantId: id, name: record.displayName, role: record.role, ...(editing ? { editing } : {}) };
    };

    let lastPresence = '';
    const updatePresence = (): void => {
      const next = presence();
      const text = JSON.stringify(next);
      if (text === lastPresence) return;
      lastPresence = text;
      room.setPresence(next);
    };

    const updateRoster = (): void => {
      const state = store.getState();
      const states = new Map<number, PresenceState>();
      room.awareness.getStates().forEach((value, clientId) => {
        // Our own state never passed the guard: check it the same way.
        const parsed = parsePresenceJson(JSON.stringify(value));
        if (parsed.ok && parsed.state !== null) states.set(clientId, parsed.state);
      });
      const roster = deriveRoster({
        participants: state.snapshot?.participants ?? {},
        states,
        myClientId: room.awareness.clientID,
        myParticipantId: myParticipantId(credentials.workshopId),
        showEditing: !state.snapshot?.meta.anonymous,
      }, claims);
      store.setState((s) => ({ room: s.room && { ...s.room, roster } }));
    };

    const onStore = (state: WorkshopState, before: WorkshopState): void => {
      if (state.snapshot === before.snapshot && state.editingBlockerId === before.editingBlockerId) return;
      ensureParticipant();
      updatePresence();
      if (state.snapshot?.participants !== before.snapshot?.participants || state.snapshot?.meta !== before.snapshot?.meta) updateRoster();
    };
    cleanups.push(store.subscribe(onStore));
    room.awareness.on('change', updateRoster);
    cleanups.push(() => room.awareness.off('change', updateRoster));
    ensureParticipant();
    updatePresence();
    updateRoster();
  }

  return {
    connection,
    stop() {
      if (stopped) return;
      stopped = true;
      for (const cleanup of cleanups) cleanup();
      void connection.then((room) => room?.destroy());
      store.setState({ room: null });
    },
  };
}
