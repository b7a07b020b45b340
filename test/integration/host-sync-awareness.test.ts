import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshop } from '../../shared/doc/ops/index';
import { metaMap } from '../../shared/doc/schema';
import type { RunningHost } from '../../electron/host/server';
import { startTestHost } from '../helpers/room-peers';
import { HostSync } from '../../renderer/src/sync/host-sync';
import { waitFor } from '../helpers/sync-client';
import { makeTempDir } from '../helpers/temp-dir';

// The renderer's HostSync carries presence (awareness) as well as the
// document: the blueprint's cursors travel this way when laptops sync through
// the host's /sync endpoint.
let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;
const links: HostSync[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('host-sync-awareness'));
  host = await startTestHost(dir);
});
afterEach(async () => {
  links.splice(0).forEach((link) => link.destroy());
  await host?.close();
  host = null;
  await cleanup();
});

function laptop(doc: Y.Doc) {
  const awareness = new Awareness(doc);
  const link = new HostSync(doc, {
    baseUrl: `ws://127.0.0.1:${host!.port}`,
    workshopId: 'workshop:cursors',
    awareness,
    createSocket: (url) => new WebSocket(url) as unknown as globalThis.WebSocket,
  });
  links.push(link);
  return { awareness, link };
}

describe('presence through the host', () => {
  it('shows each laptop the other\'s cursor, and drops it when that laptop leaves', async () => {
    const a = new Y.Doc();
    createWorkshop(a, { title: 'Cursors', localAuthority: 'Anyshire' });
    const b = new Y.Doc();
    const sam = laptop(a);
    const priya = laptop(b);
    sam.awareness.setLocalStateField('user', { name: 'Sam', color: '#1d70b8' });
    await waitFor(() => priya.awareness.getStates().get(sam.awareness.clientID)?.user?.name === 'Sam');
    priya.awareness.setLocalStateField('cursor', { anchor: { assoc: 0 }, head: { assoc: 0 } });
    await waitFor(() => sam.awareness.getStates().get(priya.awareness.clientID)?.cursor != null);
    // The document syncs on the same link.
    await waitFor(() => metaMap(b).get('title') === 'Cursors');

    sam.link.destroy();
    await waitFor(() => !priya.awareness.getStates().has(sam.awareness.clientID));
  });
});
