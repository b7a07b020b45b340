// `npm run bench:room`: bundles the room benchmark and its host with Vite
// (Node 20 cannot run TypeScript) into node_modules/.cache, then runs the
// benchmark, which starts the host as a child process.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = resolve('node_modules/.cache/scs-bench/room');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { 'room-bench': resolve('test/bench/room.bench.ts'), 'room-bench-host': resolve('test/bench/room-bench-host.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
process.env.ROOM_BENCH_HOST = resolve(outDir, 'room-bench-host.mjs');
await import(pathToFileURL(resolve(outDir, 'room-bench.mjs')).href);
