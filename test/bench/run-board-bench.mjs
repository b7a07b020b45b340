// `npm run bench:board`: bundles test/bench/board.bench.ts with Vite (Node 20
// cannot run TypeScript) into node_modules/.cache, then runs it in this
// process. The bench builds the app itself if the build is stale (through
// the host's start script), seeds a workshop and drives headless Chromium.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = resolve('node_modules/.cache/scs-bench/board');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: resolve('test/bench/board.bench.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'board-bench.mjs' } },
  },
});
await import(pathToFileURL(resolve(outDir, 'board-bench.mjs')).href);
