// Room benchmark (issue 3). A host (its own process) with rooms open; relay
// peers in this process (ws + the real RelayClient, UpdateGate and cipher).
// - edit-to-everyone latency for N = 2, 5, 10, 20, 40: from an edit at one
//   peer until every other peer has applied it (all peers share this
//   process's one thread, so the numbers include their queueing);
// - late join of a 1,000- and a 5,000-note board: from connect until the
//   joiner holds the whole board;
// - the host's RSS with 40 peers connected.
// Run with `npm run bench:room`; the last line is one JSON object.
// Targets: 40 participants p95 <= 150 ms; 5,000-note late join <= 2 s.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addBlocker, createWorkshop, editBlockerText } from '../../shared/doc/ops/index';
import { blockersMap } from '../../shared/doc/schema';
import { deriveRoomKey, type RoomKey } from '../../shared/room/crypto';
import { RelayClient, type RelaySocket } from '../../shared/room/relay-client';

const SIZES = [2, 5, 10, 20, 40];
const EDITS_PER_SIZE = 60;
const hostScript = process.env.ROOM_BENCH_HOST;
if (hostScript === undefined) throw new Error('Run with npm run bench:room.');

interface RoomLine {
  room: string;
  relayUrl: string;
  secret: string;
}

const child = spawn(process.execPath, [hostScript], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout! });
const pending: Array<(line: string) => void> = [];
lines.on('line', (line) => pending.shift()?.(line));
const nextLine = () => new Promise<string>((resolve) => pending.push(resolve));

const rooms = new Map<string, RoomLine>();
for (let i = 0; i < 3; i += 1) {
  const line = JSON.parse(await nextLine()) as RoomLine;
  rooms.set(line.room, line);
}
async function hostRss(): Promise<number> {
  child.stdin!.write('rss\n');
  return (JSON.parse(await nextLine()) as { rss: number }).rss;
}

const keys = new Map<string, RoomKey>();
async function keyFor(room: RoomLine): Promise<RoomKey> {
  let key = keys.get(room.room);
  if (key === undefined) keys.set(room.room, (key = await deriveRoomKey(room.secret, room.room)));
  return key;
}

interface BenchPeer {
  doc: Y.Doc;
  client: RelayClient;
  awareness: awarenessProtocol.Awareness;
}

async function connectPeer(room: RoomLine, doc = new Y.Doc()): Promise<BenchPeer> {
  const awareness = new awarenessProtocol.Awareness(doc);
  const client = new RelayClient({
    url: room.relayUrl,
    doc,
    awareness,
    key: await keyFor(room),
    createSocket: (url) => new WebSocket(url) as unknown as RelaySocket,
  });
  client.connect();
  await client.whenSynced();
  return { doc, client, awareness };
}

function closePeer(peer: BenchPeer): void {
  peer.client.destroy();
  peer.awareness.destroy();
  peer.doc.destroy();
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Resolves with the ms from now until `check` holds on every doc (checked on each of their updates). */
function untilAll(docs: Y.Doc[], check: (doc: Y.Doc) => boolean, start: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let left = docs.filter((d) => !check(d)).length;
    if (left === 0) return resolve(performance.now() - start);
    const timer = setTimeout(() => reject(new Error('an edit did not reach everyone in 10 s')), 10_000);
    for (const doc of docs) {
      if (check(doc)) continue;
      const onUpdate = () => {
        if (!check(doc)) return;
        doc.off('update', onUpdate);
        left -= 1;
        if (left === 0) {
          clearTimeout(timer);
          resolve(performance.now() - start);
        }
      };
      doc.on('update', onUpdate);
    }
  });
}

async function latency(n: number, live: RoomLine, peers: BenchPeer[]): Promise<{ n: number; p50_ms: number; p95_ms: number }> {
  while (peers.length < n) peers.push(await connectPeer(live));
  await wait(300);
  const active = peers.slice(0, n);
  const samples: number[] = [];
  for (let i = 0; i < EDITS_PER_SIZE; i += 1) {
    const author = active[i % n]!;
    const others = active.filter((p) => p !== author).map((p) => p.doc);
    const text = `edit ${n}-${i}`;
    const start = performance.now();
    const id = addBlocker(author.doc, { text, x: i, y: n });
    samples.push(await untilAll(others, (doc) => blockersMap(doc).has(id), start));
    if (i % 3 === 0) editBlockerText(author.doc, id, `${text} (changed)`);
    await wait(15);
  }
  return { n, p50_ms: round(percentile(samples, 50)), p95_ms: round(percentile(samples, 95)) };
}

function board(count: number): Y.Doc {
  const doc = new Y.Doc();
  createWorkshop(doc, { title: `Board of ${count}`, localAuthority: 'Benchshire' });
  for (let i = 0; i < count; i += 1) addBlocker(doc, { text: `Note ${i}: the form asks for the same address three times`, x: (i % 80) * 40, y: Math.floor(i / 80) * 40 });
  return doc;
}

async function lateJoin(room: RoomLine, count: number): Promise<number> {
  const source = await connectPeer(room, board(count));
  const probe = await connectPeer(room);
  // The probe holding the board means the relay has stored it.
  await untilAll([probe.doc], (doc) => blockersMap(doc).size === count, performance.now());
  closePeer(probe);
  closePeer(source);
  await wait(300);
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    const joiner = await connectPeer(room);
    if (blockersMap(joiner.doc).size !== count) throw new Error(`late joiner got ${blockersMap(joiner.doc).size} notes, not ${count}`);
    runs.push(performance.now() - start);
    closePeer(joiner);
    await wait(200);
  }
  return round(percentile(runs, 50));
}

const live = rooms.get('BENCH-LIVE')!;
const peers: BenchPeer[] = [];
const first = await connectPeer(live);
createWorkshop(first.doc, { title: 'Live', localAuthority: 'Benchshire' });
peers.push(first);
const participants: Array<{ n: number; p50_ms: number; p95_ms: number }> = [];
for (const n of SIZES) {
  const result = await latency(n, live, peers);
  console.log(`${n} participants: edit-to-everyone p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms`);
  participants.push(result);
}
const rss = await hostRss();
console.log(`host RSS with ${peers.length} peers: ${round(rss / 1024 / 1024)} MB`);
for (const peer of peers.splice(0)) closePeer(peer);
await wait(300);

const join1000 = await lateJoin(rooms.get('BENCH-JOIN-1000')!, 1000);
console.log(`late join, 1,000 notes: ${join1000} ms (median of 3)`);
const join5000 = await lateJoin(rooms.get('BENCH-JOIN-5000')!, 5000);
console.log(`late join, 5,000 notes: ${join5000} ms (median of 3)`);

child.stdin!.end();
await new Promise((resolve) => child.once('exit', resolve));
console.log(
  JSON.stringify({
    participants,
    join_ms: { 1000: join1000, 5000: join5000 },
    host_rss_mb_at_40: round(rss / 1024 / 1024),
  }),
);
process.exit(0);
