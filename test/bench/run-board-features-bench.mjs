// `npm run bench:board-features`: bundles test/bench/board-features.bench.ts
// with Vite (Node 20 cannot run TypeScript) into node_modules/.cache, then runs it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = resolve('node_modules/.cache/scs-bench/board-features');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: resolve('test/bench/board-features.bench.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'board-features-bench.mjs' } },
  },
});
await import(pathToFileURL(resolve(outDir, 'board-features-bench.mjs')).href);
