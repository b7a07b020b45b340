// `npm run bench:room`: the room benchmark and its host, bundled for Node;
// the benchmark starts the host as a child process.
import { resolve } from 'node:path';
import { bundleBench, runBench } from './bundle-bench.mjs';

const outDir = await bundleBench('room', { 'room-bench-host': resolve('test/bench/room-bench-host.ts') });
process.env.ROOM_BENCH_HOST = resolve(outDir, 'room-bench-host.mjs');
await runBench(outDir, 'room');
