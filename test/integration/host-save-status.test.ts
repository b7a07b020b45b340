import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBlocker, createWorkshop } from '../../shared/doc/ops/index';
import { readWorkshop } from '../../shared/doc/read';
import type { RunningHost } from '../../electron/host/server';
import { startTestHost } from '../helpers/room-peers';
import { HostSync } from '../../renderer/src/sync/host-sync';
import { simulateDiskFull } from '../helpers/disk-full';
import { waitFor } from '../helpers/sync-client';
import { makeTempDir } from '../helpers/temp-dir';

// The host's disk fills up during a session: every laptop is told, in words,
// that the host cannot save (instead of "Saved on the host"), nothing is
// lost, and the message clears once the host has saved everything again.
const ID = 'workshop:disk-full';
let dir: string;
let cleanup: () => Promise<void>;
let host: RunningHost | null = null;
const links: HostSync[] = [];

const start = () => startTestHost(dir, { retrySaveMs: 30 });

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('host-save-status'));
  host = await start();
});
afterEach(async () => {
  links.splice(0).forEach((link) => link.destroy());
  await host?.close();
  host = null;
  await cleanup();
});

function laptop(doc: Y.Doc) {
  const told: (string | null)[] = [];
  let synced = false;
  const link = new HostSync(doc, {
    baseUrl: `ws://127.0.0.1:${host!.port}`,
    workshopId: ID,
    onStatus: (status) => (synced = status === 'synced'),
    onSaveProblem: (problem) => told.push(problem),
    createSocket: (url) => new WebSocket(url) as unknown as globalThis.WebSocket,
  });
  links.push(link);
  return { told, isSynced: () => synced };
}

const texts = (doc: Y.Doc) => Object.values(readWorkshop(doc).blockers).map((b) => b.text).sort();

describe('the host’s disk is full', () => {
  it('tells every laptop, loses nothing, and says when it saves again', async () => {
    const disk = await simulateDiskFull();
    try {
      const a = new Y.Doc();
      createWorkshop(a, { title: 'Disk full', localAuthority: 'Anyshire' });
      const anna = laptop(a);
      await waitFor(() => anna.isSynced());

      disk.setFull(true);
      addBlocker(a, { text: 'Written while the host disk was full' });
      await waitFor(() => anna.told.length === 1);
      expect(anna.told[0]).toMatch(/^The host cannot save this workshop: its disk is full\. Your changes are kept on this laptop/);

      // Someone joining while it lasts is told at once, and still gets the board.
      const b = new Y.Doc();
      const ben = laptop(b);
      await waitFor(() => ben.told.length === 1 && texts(b).length === 1);
      expect(ben.told[0]).toContain('its disk is full');

      disk.setFull(false);
      await vi.waitFor(() => expect([anna.told.at(-1), ben.told.at(-1)]).toEqual([null, null]), { timeout: 3_000 });

      // Everything made while the disk was full is on disk: a restarted host has it.
      await host!.close();
      host = await start();
      const c = new Y.Doc();
      const cara = laptop(c);
      await waitFor(() => cara.isSynced() && texts(c).length === 1);
      expect(texts(c)).toEqual(['Written while the host disk was full']);
      expect(cara.told).toEqual([]);
    } finally {
      disk.restore();
    }
  });
});
