// `npm run bench:<name>` for the benchmarks that need nothing else bundled:
// node test/bench/run-bench.mjs <name> runs test/bench/<name>.bench.ts.
import { bundleBench, runBench } from './bundle-bench.mjs';

const SIMPLE = ['store', 'board', 'board-features', 'guard', 'export'];
const name = process.argv[2];
if (!SIMPLE.includes(name)) {
  console.error(`Usage: node test/bench/run-bench.mjs <${SIMPLE.join('|')}>`);
  process.exit(2);
}
await runBench(await bundleBench(name), name);
