import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const CACHE = resolve('node_modules/.cache/scs-test-builds');

/**
 * Bundles a TypeScript entry into one ESM file that plain Node can run, for
 * tests that need a real child process (Node 20 cannot run .ts itself).
 * Only our own code is bundled; npm packages stay imports, which resolve
 * because the output sits inside this project's node_modules.
 */
export async function buildForNode(entry: string, name: string, fileName = 'index.mjs'): Promise<string> {
  const outDir = join(CACHE, name);
  await rm(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve(entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
  });
  return join(outDir, fileName);
}
