// `npm run bench:store`: bundles test/bench/store.bench.ts with Vite (Node 20
// cannot run TypeScript) into node_modules/.cache, so npm packages resolve
// as they do for the built host, then runs it in this process.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = resolve('node_modules/.cache/scs-bench/store');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: resolve('test/bench/store.bench.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'store-bench.mjs' } },
  },
});
await import(pathToFileURL(resolve(outDir, 'store-bench.mjs')).href);
