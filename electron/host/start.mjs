// `npm run host`: builds the app when the build is missing or older than the
// sources, then starts the host from the build (out/main/host.js), passing
// the command-line flags through. Plain JS so Node runs it without a build.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUTS = ['out/main/host.js', 'out/renderer/index.html'];
const SOURCES = ['renderer', 'shared', 'electron/host', 'electron.vite.config.ts', 'package.json'];
const SKIP = new Set(['node_modules', '.git']);

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** Newest modification time of any file under `path`. */
function newest(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (!SKIP.has(entry)) latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function buildIsStale() {
  const built = OUTPUTS.map((p) => mtime(join(root, p)));
  if (built.some((t) => t === null)) return true;
  const oldestOutput = Math.min(...built);
  return SOURCES.some((p) => newest(join(root, p)) > oldestOutput);
}

if (buildIsStale()) {
  console.log('Building Small Changes Studio (the build is missing or older than the sources)…');
  const windows = process.platform === 'win32';
  const result = spawnSync(windows ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: windows,
  });
  if (result.status !== 0) {
    console.error('The build failed (see above), so the host was not started.');
    process.exit(1);
  }
}

const { main } = await import(pathToFileURL(join(root, 'out/main/host.js')).href);
await main(process.argv.slice(2));
