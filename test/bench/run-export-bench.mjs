// `npm run bench:export`: bundles test/bench/export.bench.ts with Vite (Node 20
// cannot run TypeScript) into node_modules/.cache, then runs it in this process.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = resolve('node_modules/.cache/scs-bench/export');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: resolve('test/bench/export.bench.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'export-bench.mjs' } },
  },
});
await import(pathToFileURL(resolve(outDir, 'export-bench.mjs')).href);
