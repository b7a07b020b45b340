// `npm run bench:room-browsers`: bundles test/bench/room-browsers.bench.ts
// with Vite (Node 20 cannot run TypeScript) into node_modules/.cache, then
// runs it in this process, with the stock y-webrtc page bundled for the
// browser beside it. The bench starts `npm run host -- --room …` (which
// builds the app first if the build is stale) and Chromium processes.
import { resolve } from 'node:path';
import { build } from 'vite';
import { bundleBench, runBench } from './bundle-bench.mjs';

// The stock y-webrtc comparison runs in the browser: one IIFE script.
const stockDir = resolve('node_modules/.cache/scs-bench/room-browsers-stock');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: stockDir,
    emptyOutDir: true,
    minify: false,
    lib: { entry: resolve('test/bench/room-browsers-stock-page.ts'), formats: ['iife'], name: 'scsStockPage', fileName: () => 'stock-page.js' },
  },
});
process.env.ROOM_BROWSERS_STOCK_PAGE = resolve(stockDir, 'stock-page.js');
await runBench(await bundleBench('room-browsers'), 'room-browsers');
