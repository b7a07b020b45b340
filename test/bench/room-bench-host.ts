// The host for `npm run bench:room`, in its own process so its memory can be
// measured apart from the peers. Prints one JSON line per opened room, then
// answers "rss" on stdin with its resident set size in bytes.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../electron/host/server';

const ROOMS = ['BENCH-LIVE', 'BENCH-JOIN-1000', 'BENCH-JOIN-5000'];
const SECRET = 'benchmark room secret';

const dir = await mkdtemp(join(tmpdir(), 'scs-room-bench-'));
const staticDir = join(dir, 'renderer');
await mkdir(staticDir, { recursive: true });
await writeFile(join(staticDir, 'index.html'), '<!doctype html>');
// Every peer runs on this machine's loopback address, so the per-address cap
// is raised to fit them; everything else is the default.
const connections = { perAddress: 256, total: 512 };
const host = await startHost({
  port: 0,
  host: '127.0.0.1',
  dataDir: join(dir, 'data'),
  staticDir,
  log: (m) => process.stderr.write(`${m}\n`),
  roomLimits: { relay: { connections }, signaling: { connections } },
});
for (const name of ROOMS) {
  const room = await host.openRoom({ name, secret: SECRET });
  process.stdout.write(`${JSON.stringify({ room: room.name, relayUrl: room.relayUrl, secret: SECRET })}\n`);
}
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  for (const line of chunk.split('\n')) {
    if (line.trim() === 'rss') process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss })}\n`);
  }
});
process.stdin.on('end', () => {
  void host.close().then(() => rm(dir, { recursive: true, force: true })).then(() => process.exit(0));
});
