// Hands up across a room: three laptops, each with one awareness shared by
// hands, carets and room presence (as session.awareness is in the app), on
// the relay alone and then on the mesh alone (the relay unreachable). Counts
// change on every laptop, a hand raised before the laptop says who it is
// waits (neither shown nor refused), fields set apart survive each other,
// nothing one laptop merely heard is sent on, and counts fall when a laptop
// leaves, while the leaver keeps its own presence for the rest of the app.
import { fork } from 'node:child_process';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RunningHost } from '../../electron/host/server';
import type { Hand } from '../../renderer/src/features/facilitation/hands';
import type { PresenceState } from '../../renderer/src/sync/room/presence-state';
import { buildForNode } from '../helpers/build-for-node';
import { HandsLaptop, type LaptopStart, type LaptopView } from '../helpers/hands-laptop';
import { SECRET, startRoomHost } from '../helpers/room-peers';
import { makeTempDir } from '../helpers/temp-dir';

/** A laptop the test drives, in this process or in its own. */
interface Laptop {
  join(start: LaptopStart): Promise<void>;
  presence(state: PresenceState): Promise<void>;
  hand(participantId: string, hand: Hand): Promise<void>;
  caret(user: { name: string; color: string }): Promise<void>;
  leave(): Promise<void>;
  view(): Promise<LaptopView>;
  stop(): Promise<void>;
}

function here(laptop: HandsLaptop): Laptop {
  return {
    join: (start) => laptop.join(start),
    presence: async (state) => laptop.presence(state),
    hand: async (id, hand) => laptop.hand(id, hand),
    caret: async (user) => laptop.caret(user),
    leave: async () => laptop.leave(),
    view: async () => laptop.view(),
    stop: async () => laptop.destroy(),
  };
}

let built: Promise<string> | null = null;

/** y-webrtc holds one room of a name per process: the other laptops are their own processes, as they would be. */
async function elsewhere(): Promise<Laptop> {
  built ??= buildForNode('test/helpers/hands-laptop-child.ts', 'hands-laptop-child');
  const child = fork(await built, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('message', () => resolve());
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 1;
  child.on('message', (message: { id?: number; ok?: boolean; result?: unknown; error?: string }) => {
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (waiter === undefined) return;
    pending.delete(message.id!);
    if (message.ok) waiter.resolve(message.result);
    else waiter.reject(new Error(message.error ?? 'failed'));
  });
  child.on('exit', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('The laptop process exited.'));
    pending.clear();
  });
  const call = <T>(cmd: string, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ id, cmd, args });
    });
  return {
    join: (start) => call('join', start),
    presence: (state) => call('presence', state),
    hand: (id, hand) => call('hand', id, hand),
    caret: (user) => call('caret', user),
    leave: () => call('leave'),
    view: () => call<LaptopView>('view'),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      void call('stop').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function eventually(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

const ANNA = { participantId: 'participant:anna1', name: 'Anna', role: 'facilitator' } as const;
const BEN = { participantId: 'participant:ben1', name: 'Ben', role: 'practitioner' } as const;
const CARA = { participantId: 'participant:cara1', name: 'Cara', role: 'practitioner' } as const;

let host: RunningHost;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('room-hands');
  cleanup = temp.cleanup;
  ({ host } = await startRoomHost(temp.dir));
});
afterAll(async () => {
  await host?.close();
  await cleanup?.();
});

const MODES = [
  { name: 'on the relay alone', roomName: 'HANDS-RELAY', mesh: false, relay: true },
  { name: 'on the mesh alone, the relay unreachable', roomName: 'HANDS-MESH', mesh: true, relay: false },
] as const;

describe.each(MODES)('three laptops raise hands $name', (mode) => {
  it('see each other’s counts change, and fall when a laptop leaves', async () => {
    await host.openRoom({ name: mode.roomName, secret: SECRET });
    const start: LaptopStart = { hostUrl: host.url, roomName: mode.roomName, secret: SECRET, mesh: mode.mesh, relay: mode.relay };
    const annaLaptop = new HandsLaptop();
    const anna = here(annaLaptop);
    const [ben, cara] = await Promise.all([elsewhere(), elsewhere()]);
    const views = () => Promise.all([anna.view(), ben.view(), cara.view()]);
    try {
      // Ben's hand goes up before his laptop says who he is (the join screen is still open).
      await ben.hand(BEN.participantId, 'up');
      await Promise.all([anna.join(start), ben.join(start), cara.join(start)]);
      await anna.presence(ANNA);
      await cara.presence(CARA);
      if (mode.mesh) await eventually('a full mesh of three', async () => (await views()).every((v) => v.meshPeers === 2), 45_000);
      await eventually('Anna and Cara to see each other', async () => {
        const [a, , c] = await views();
        return a.others.includes('Cara') && c.others.includes('Anna');
      });
      // Not introduced yet: Ben is not present anywhere, and nobody counts it as an attack.
      await new Promise((r) => setTimeout(r, 300));
      const [annaSees, , caraSees] = await views();
      for (const view of [annaSees, caraSees]) {
        expect(view.others).not.toContain('Ben');
        expect(view.counts).toEqual({ up: 0, ready: 0, present: 2 });
      }

      // Ben says who he is: his hand, raised before, is still up.
      await ben.presence(BEN);
      await eventually('everyone to count Ben’s hand', async () => (await views()).every((v) => v.counts.up === 1 && v.counts.present === 3));

      // Cara raises hers: two hands up on every laptop.
      await cara.hand(CARA.participantId, 'up');
      await eventually('two hands up everywhere', async () => (await views()).every((v) => v.counts.up === 2));

      // Fields set apart keep each other: a caret beside the hand, then presence again beside both.
      await cara.caret({ name: 'Cara', color: '#1d70b8' });
      await cara.presence({ ...CARA, editing: { kind: 'blocker', id: 'blocker:abc' } });
      expect((await cara.view()).mine).toMatchObject({ ...CARA, hand: 'up', user: { name: 'Cara', color: '#1d70b8' }, editing: { kind: 'blocker', id: 'blocker:abc' } });
      await eventually('Cara’s caret and hand to reach Anna', async () => {
        const cara = [...annaLaptop.awareness.getStates().values()].find((s) => s.name === 'Cara');
        return cara?.hand === 'up' && cara?.user?.color === '#1d70b8' && cara?.editing?.id === 'blocker:abc';
      });

      // A state Anna's laptop merely heard from elsewhere (as the desktop app hears its own
      // host's link) is not hers to send: nobody else learns of Xavier through her.
      const elsewhereHeard = new Awareness(new Y.Doc());
      elsewhereHeard.setLocalState({ participantId: 'participant:xavier1', name: 'Xavier', role: 'observer' });
      applyAwarenessUpdate(annaLaptop.awareness, encodeAwarenessUpdate(elsewhereHeard, [elsewhereHeard.clientID]), { link: 'host' });
      elsewhereHeard.destroy();
      await anna.hand(ANNA.participantId, 'ready');
      // Each link is ordered: once Anna's later change has arrived, Xavier would have too.
      await eventually('Anna’s ready to arrive', async () => {
        const [, b, c] = await views();
        return b.counts.ready === 1 && c.counts.ready === 1;
      });
      const [, benView, caraView] = await views();
      expect(benView.others).not.toContain('Xavier');
      expect(caraView.others).not.toContain('Xavier');
      expect((await anna.view()).others).toContain('Xavier');

      // Cara leaves the room: the counts fall on the laptops still there.
      await cara.leave();
      await eventually('the counts to fall', async () => {
        const [a, b] = await views();
        return [a, b].every((v) => v.counts.up === 1 && !v.others.includes('Cara'));
      }, 10_000);
      // The rest of Cara's app keeps her presence (the blueprint, a host link).
      await eventually('Cara’s own state to be kept', async () => (await cara.view()).mine?.hand === 'up');
      expect((await cara.view()).mine).toMatchObject({ ...CARA, hand: 'up', user: { name: 'Cara', color: '#1d70b8' } });

      for (const view of await views()) expect(view.refusedPresence).toBe(0);
    } finally {
      await Promise.all([anna.stop(), ben.stop(), cara.stop()]);
    }
  }, 120_000);
});
