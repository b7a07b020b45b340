// @vitest-environment happy-dom
// A laptop joining a room (relay only here; the mesh has its own tests): the
// store's room slice, the participant record, presence and the roster, and
// the board's sync status when the room is the only link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { addParticipant, createWorkshop } from '../../../../shared/doc/ops';
import { participantsMap } from '../../../../shared/doc/schema';
import type { RelaySocket } from '../../../../shared/room/relay-client';
import { startHost, type RunningHost } from '../../../../electron/host/server';
import { makeTempDir } from '../../../../test/helpers/temp-dir';
import { relayPeer, until } from '../../../../test/helpers/room-peers';
import { deriveRoomKey } from '../../../../shared/room/crypto';
import { useWorkshopStore, initialWorkshopState } from '../../store/workshop-store';
import { mirrorDoc } from '../../store/mirror';
import { myParticipantId } from '../../workshop/identity';
import { RoomConnection } from './room-connection';
import { startRoomSession } from './room-session';

const ROOM = 'SESS42';
const SECRET = 'session test secret';
const WORKSHOP = 'workshop:room-SESS42';

let host: RunningHost;
let relayUrl: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('room-session');
  cleanup = temp.cleanup;
  host = await startHost({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, staticDir: temp.dir, log: () => undefined });
  relayUrl = (await host.openRoom({ name: ROOM, secret: SECRET })).relayUrl;
});

afterAll(async () => {
  await host?.close();
  await cleanup?.();
});

describe('startRoomSession', () => {
  it('joins, adds the participant once the workshop arrives, and shows who is here', async () => {
    // The facilitator's laptop is already in the room (another RoomConnection, relay only).
    const key = await deriveRoomKey(SECRET, ROOM);
    const facilitatorDoc = new Y.Doc();
    createWorkshop(facilitatorDoc, { title: 'Session workshop', localAuthority: 'Anyshire', date: '2026-03-04' });
    const facilitatorId = addParticipant(facilitatorDoc, { displayName: 'Fran', role: 'facilitator' });
    const facilitatorRoom = await RoomConnection.open({
      doc: facilitatorDoc, roomName: ROOM, secret: SECRET, hostUrl: host.url, mesh: false,
      createSocket: (url) => new WebSocket(url) as unknown as RelaySocket,
    });
    facilitatorRoom.setPresence({ participantId: facilitatorId, name: 'Fran', role: 'facilitator' });
    await facilitatorRoom.whenRelaySynced();
    const facilitator = { doc: facilitatorDoc, awareness: facilitatorRoom.awareness, destroy: () => facilitatorRoom.destroy() };

    // This laptop: an empty doc, the store mirroring it, the room as its only link.
    const doc = new Y.Doc();
    useWorkshopStore.setState({ ...initialWorkshopState, workshopId: WORKSHOP });
    const stopMirror = mirrorDoc(doc, (snapshot) => useWorkshopStore.setState({ snapshot }));
    // The workshop's one presence (session.awareness): a caret is already in it.
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('user', { name: 'Pat', color: '#1d70b8' });
    const session = startRoomSession({
      doc,
      awareness,
      credentials: { workshopId: WORKSHOP, roomName: ROOM, secret: SECRET, hostUrl: host.url, profile: { displayName: 'Pat', role: 'practitioner' } },
      ownsSyncStatus: true,
      connection: { mesh: false, createSocket: (url) => new WebSocket(url) as unknown as RelaySocket },
    });
    try {
      expect(useWorkshopStore.getState().room?.joinUrl).toBe(`${host.url}#/join?room=${ROOM}&secret=${encodeURIComponent(SECRET)}`);
      await until(() => useWorkshopStore.getState().snapshot?.meta.title === 'Session workshop', 15_000, 'the workshop');
      await until(() => myParticipantId(WORKSHOP) !== null, 15_000, 'this laptop to join as a participant');
      const me = myParticipantId(WORKSHOP)!;
      await until(() => participantsMap(facilitator.doc).has(me), 15_000, 'the facilitator to see the new participant');

      const state = () => useWorkshopStore.getState();
      // Fran was here first: the relay replays her presence to the newcomer, so she shows at once (not at her next 15 s renewal).
      await until(() => (state().room?.roster ?? []).filter((e) => e.online).length === 2, 3_000, 'both people online');
      expect(state().room?.roster.map((e) => [e.name, e.role, e.online, e.isMe])).toEqual([
        ['Fran', 'facilitator', true, false],
        ['Pat', 'practitioner', true, true],
      ]);
      expect(state().room?.link?.status).toBe('host');
      expect(state().sync.status).toBe('synced');

      // What this laptop edits is part of its presence, merged beside the caret.
      useWorkshopStore.setState({ editingBlockerId: 'blocker:abc' });
      await until(() => {
        const pat = [...facilitator.awareness.getStates().values()].find((s) => (s as { name?: string }).name === 'Pat');
        return (pat as { editing?: { id: string } } | undefined)?.editing?.id === 'blocker:abc';
      }, 15_000, 'the facilitator to see what Pat edits');
      expect(awareness.getLocalState()).toMatchObject({ participantId: me, name: 'Pat', role: 'practitioner', user: { name: 'Pat', color: '#1d70b8' } });

      // A second laptop posing as Fran is flagged.
      const impostor = await relayPeer(relayUrl, { key });
      impostor.awareness.setLocalState({ participantId: facilitatorId, name: 'Fran', role: 'facilitator' });
      await until(() => state().room?.roster.find((e) => e.participantId === facilitatorId)?.impostorWarning === true, 15_000, 'the impostor to be flagged');
      impostor.destroy();

      // The room goes away: the board says offline (and keeps the document).
      facilitator.destroy();
      await host.closeRoom(ROOM);
      await until(() => state().room?.link?.status === 'offline', 15_000, 'the board to say offline');
      expect(state().sync.status).toBe('offline');
      expect(state().snapshot?.meta.title).toBe('Session workshop');
    } finally {
      session.stop();
      stopMirror();
    }
    expect(useWorkshopStore.getState().room).toBeNull();
    // Leaving the room leaves the workshop's presence alive for the rest of the app.
    await until(() => awareness.getLocalState()?.name === 'Pat', 5_000, 'the presence to be kept');
    expect(awareness.getLocalState()?.user).toEqual({ name: 'Pat', color: '#1d70b8' });
    awareness.destroy();
  }, 60_000);
});
