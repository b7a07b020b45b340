import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBlocker, createWorkshop } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import type { RunningHost } from '../../electron/host/server';
import type { OpenedRoom } from '../../electron/host/room/room-host';
import { simulateDiskFull } from '../helpers/disk-full';
import { makeTempDir } from '../helpers/temp-dir';
import { relayPeer, startRoomHost, until, type Peer } from '../helpers/room-peers';

// A room opened by `npm run host` keeps its (encrypted) history on the host's
// disk. When that disk fills up, every member is told in words, a newcomer
// too, nothing is lost, and the message clears once the host has saved again.
let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;
let room: OpenedRoom;
const peers: Peer[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('room-save-status'));
  ({ host, room } = await startRoomHost(dir, { retrySaveMs: 30 }));
});
afterEach(async () => {
  for (const peer of peers.splice(0)) peer.destroy();
  await host?.close();
  host = null;
  await cleanup();
});

async function peer(): Promise<Peer> {
  const p = await relayPeer(room.relayUrl);
  peers.push(p);
  await p.client.whenSynced();
  return p;
}

const texts = (p: Peer) => Object.values(readWorkshop(p.doc).blockers).map((b) => b.text).sort();

describe('the host’s disk fills up during a room', () => {
  it('tells every member, a newcomer too, keeps the history, and says when it saves again', async () => {
    const disk = await simulateDiskFull();
    try {
      const anna = await peer();
      createWorkshop(anna.doc, { title: 'Disk full', localAuthority: 'Anyshire' });
      await host!.rooms.rooms.get(room.name)!.log.flush();

      disk.setFull(true);
      addBlocker(anna.doc, { text: 'Written while the host disk was full' });
      await until(() => anna.client.status.saveProblem !== null, 5000, 'Anna to be told');
      expect(anna.client.status.saveProblem).toMatch(/^The host cannot save this workshop: its disk is full\./);

      const ben = await peer();
      expect(ben.client.status.saveProblem).toContain('its disk is full');
      expect(texts(ben)).toEqual(['Written while the host disk was full']);

      disk.setFull(false);
      await vi.waitFor(() => expect([anna.client.status.saveProblem, ben.client.status.saveProblem]).toEqual([null, null]), { timeout: 3_000 });

      // The history written while the disk was full survives a restart of the host.
      for (const p of peers.splice(0)) p.destroy();
      await host!.close();
      ({ host, room } = await startRoomHost(dir));
      const cara = await peer();
      expect(texts(cara)).toEqual(['Written while the host disk was full']);
      expect(cara.client.status.saveProblem).toBeNull();
    } finally {
      disk.restore();
    }
  });
});
