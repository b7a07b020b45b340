// The desktop app runs its host link and the room on one awareness. When the
// host link drops, it forgets only the people it brought: the room's people
// stay on screen (their hands and carets still count).
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RunningHost } from '../../electron/host/server';
import { startTestHost } from '../helpers/room-peers';
import { HostSync } from '../../renderer/src/sync/host-sync';
import { waitFor } from '../helpers/sync-client';
import { makeTempDir } from '../helpers/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;
const links: HostSync[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('host-sync-shared-awareness'));
  host = await startTestHost(dir);
});
afterEach(async () => {
  links.splice(0).forEach((link) => link.destroy());
  await host?.close();
  host = null;
  await cleanup();
});

function laptop(): Awareness {
  const awareness = new Awareness(new Y.Doc());
  links.push(new HostSync(awareness.doc, {
    baseUrl: `ws://127.0.0.1:${host!.port}`,
    workshopId: 'workshop:shared',
    awareness,
    createSocket: (url) => new WebSocket(url) as unknown as globalThis.WebSocket,
  }));
  return awareness;
}

it('a dropped host link forgets the states it brought, not those the room brought', async () => {
  const app = laptop();
  const local = laptop();
  local.setLocalStateField('hand', 'up');
  await waitFor(() => app.getStates().get(local.clientID)?.hand === 'up');
  // Someone in the room, as the room's links put them in the app's awareness.
  const roomPeer = new Awareness(new Y.Doc());
  roomPeer.setLocalState({ participantId: 'participant:ruth1', name: 'Ruth', role: 'practitioner', hand: 'up' });
  applyAwarenessUpdate(app, encodeAwarenessUpdate(roomPeer, [roomPeer.clientID]), { link: 'room' });
  roomPeer.destroy();

  await host!.close();
  host = null;
  await waitFor(() => !app.getStates().has(local.clientID));
  expect(app.getStates().get(roomPeer.clientID)).toMatchObject({ name: 'Ruth', hand: 'up' });
});
