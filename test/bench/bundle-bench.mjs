// Node 20 cannot run TypeScript: each benchmark is bundled with Vite into
// node_modules/.cache/scs-bench/<name> and then run in this process.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** Bundles test/bench/<name>.bench.ts (and any extra entries) for Node; returns the output folder. */
export async function bundleBench(name, extraEntries = {}) {
  const outDir = resolve(`node_modules/.cache/scs-bench/${name}`);
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
        input: { [`${name}-bench`]: resolve(`test/bench/${name}.bench.ts`), ...extraEntries },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  return outDir;
}

/** Runs a bundled benchmark; it prints one JSON object on its last line. */
export async function runBench(outDir, name) {
  await import(pathToFileURL(resolve(outDir, `${name}-bench.mjs`)).href);
}
