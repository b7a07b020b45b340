import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLayers, findDomGlobals, findSpecifiers, formatViolation } from './check-layers.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(repoRoot, 'scripts', 'check-layers.mjs');

// A tiny tree in which every layer does only what it may. Comments and
// strings mention forbidden modules on purpose: they must not count.
const CLEAN_TREE: Record<string, string> = {
  'shared/doc/schema.ts': [
    "import * as Y from 'yjs';",
    "import { z } from 'zod';",
    "import { LIMIT } from './limits';",
    '// import fs from "node:fs" is what we must never do here',
    "/* require('electron') */",
    "export const note = 'import x from \"electron\"';",
    'export function size(document: Y.Doc): number { return document.share.size; }',
    'export const items = [1, 2].map((window) => window * LIMIT);',
    'export const shape = { document: 1, navigator: 2 };',
    'export const re = /from "node:fs"/;',
    'export const schema = z.string();',
  ].join('\n'),
  'shared/doc/limits.ts': 'export const LIMIT = 3;\n',
  'shared/ipc/channels.ts': "export const CHANNELS = ['app:version'] as const;\n",
  'renderer/src/App.tsx': [
    "import { useState } from 'react';",
    "import { LIMIT } from '../../shared/doc/limits';",
    "export function App() { const [n] = useState(LIMIT); return <p>Don't worry, it's saved: {n}</p>; }",
    'export const store = window.localStorage;',
  ].join('\n'),
  'electron/host/server.ts': [
    "import { createServer } from 'node:http';",
    "import { readFile } from 'fs/promises';",
    "import { LIMIT } from '../../shared/doc/limits';",
    'export const make = () => [createServer, readFile, LIMIT];',
  ].join('\n'),
  'electron/main/index.ts': [
    "import { app } from 'electron';",
    "import { join } from 'node:path';",
    "import { make } from '../host/server';",
    "import { CHANNELS } from '../../shared/ipc/channels';",
    'export const all = [app, join, make, CHANNELS];',
  ].join('\n'),
  'electron/preload/index.ts': [
    "import { contextBridge } from 'electron';",
    "import { CHANNELS } from '../../shared/ipc/channels';",
    "import type { LIMIT } from '../../shared/ipc';",
    "contextBridge.exposeInMainWorld('studio', CHANNELS);",
  ].join('\n'),
  // Tests run in Node under vitest and may import anything.
  'shared/doc/schema.test.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'electron/preload/index.test.ts': "import { vi } from 'vitest';\nexport const m = vi;\n",
  // Installed and built code is not ours to check.
  'renderer/node_modules/pkg/index.js': "require('fs');\n",
  'renderer/out/index.js': "import 'electron';\n",
};

let root: string;

function write(tree: Record<string, string>): void {
  for (const [path, text] of Object.entries(tree)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

function lines(): string[] {
  return checkLayers(root).map(formatViolation);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-layers-'));
  write(CLEAN_TREE);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('checkLayers on a fixture tree', () => {
  it('passes a tree in which every layer keeps to its imports', () => {
    expect(lines()).toEqual([]);
  });

  it.each([
    ['shared/bad.ts', "import { readFileSync } from 'node:fs';", 'shared/ must not import "node:fs" (Node built-in)'],
    ['shared/bad.ts', "import path from 'path';", 'shared/ must not import "path" (Node built-in)'],
    ['shared/bad.ts', "export * from 'fs/promises';", 'shared/ must not import "fs/promises" (Node built-in)'],
    ['shared/bad.ts', "import { ipcMain } from 'electron';", 'shared/ must not import "electron" (Electron)'],
    ['shared/bad.ts', "import type { WebContents } from 'electron';", 'shared/ must not import "electron" (Electron)'],
    ['shared/bad.ts', "const os = require('os');", 'shared/ must not import "os" (Node built-in)'],
    ['shared/bad.ts', "/// <reference types=\"node\" />", 'shared/ must not reference types "node" (Node built-in)'],
    ['shared/bad.ts', 'export const w = window.innerWidth;', 'shared/ must not use the DOM global "window"'],
    ['shared/bad.ts', "export const d = document.createElement('p');", 'shared/ must not use the DOM global "document"'],
    ['shared/bad.ts', 'export const n = navigator.language;', 'shared/ must not use the DOM global "navigator"'],
    ['shared/bad.ts', "export const s = localStorage.getItem('k');", 'shared/ must not use the DOM global "localStorage"'],
    ['shared/bad.ts', 'export const has = typeof window !== "undefined";', 'shared/ must not use the DOM global "window"'],
    ['shared/bad.ts', 'export let el: HTMLElement | null = null;', 'shared/ must not use the DOM global "HTMLElement"'],
    ['shared/bad.ts', 'export let el: HTMLCanvasElement | null = null;', 'shared/ must not use the DOM global "HTMLCanvasElement"'],
    ['shared/bad.ts', 'export const g = globalThis.document;', 'shared/ must not use the DOM global "document"'],
    ['shared/bad.ts', "import { App } from '../renderer/src/App';", 'shared/ must not import "../renderer/src/App" (renderer/ layer)'],
    ['shared/doc/bad.ts', "import { make } from '../../electron/host/server';", 'shared/ must not import "../../electron/host/server" (electron/host/ layer)'],
    ['renderer/src/bad.tsx', "import { ipcRenderer } from 'electron';", 'renderer/ must not import "electron" (Electron)'],
    ['renderer/src/bad.tsx', "import { readFile } from 'node:fs/promises';", 'renderer/ must not import "node:fs/promises" (Node built-in)'],
    ['renderer/src/bad.tsx', "const crypto = await import('crypto');", 'renderer/ must not import "crypto" (Node built-in)'],
    ['renderer/src/bad.tsx', "const m = await import('../../electron/main/index');", 'renderer/ must not import "../../electron/main/index" (electron/main/ layer)'],
    ['renderer/src/bad.tsx', "import '../../electron/preload/index';", 'renderer/ must not import "../../electron/preload/index" (electron/preload/ layer)'],
    ['electron/host/bad.ts', "const { app } = require('electron');", 'electron/host/ must not import "electron" (Electron)'],
    ['electron/host/bad.mjs', "import { app } from 'electron/main';", 'electron/host/ must not import "electron/main" (Electron)'],
    ['electron/host/bad.ts', "import { all } from '../main/index';", 'electron/host/ must not import "../main/index" (electron/main/ layer)'],
    ['electron/host/bad.ts', "import { App } from '../../renderer/src/App';", 'electron/host/ must not import "../../renderer/src/App" (renderer/ layer)'],
    ['electron/preload/bad.ts', "import { z } from 'zod';", 'electron/preload/ must not import "zod" (preload may import only "electron" and shared/ipc/)'],
    ['electron/preload/bad.ts', "import { join } from 'node:path';", 'electron/preload/ must not import "node:path" (preload may import only "electron" and shared/ipc/)'],
    ['electron/preload/bad.ts', "import { LIMIT } from '../../shared/doc/limits';", 'electron/preload/ must not import "../../shared/doc/limits" (preload may import only "electron" and shared/ipc/)'],
    ['electron/preload/bad.ts', "import { x } from '../../shared/ipc-extra/x';", 'electron/preload/ must not import "../../shared/ipc-extra/x" (preload may import only "electron" and shared/ipc/)'],
    ['electron/main/bad.ts', "import { App } from '../../renderer/src/App';", 'electron/main/ must not import "../../renderer/src/App" (renderer/ layer)'],
    ['shared/bad.ts', "import x from '../../elsewhere/x';", 'shared/ must not import "../../elsewhere/x" (outside the project)'],
  ])('catches %s: %s', (file, source, message) => {
    write({ [file]: `// a harmless first line\n${source}\n` });
    expect(lines()).toEqual([`${file}:2: ${message}`]);
  });

  it('reports every violation in a file, each on its own line', () => {
    write({
      'shared/many.ts': ["import 'electron';", '', "import fs from 'fs';", 'export const w = window;'].join('\n'),
    });
    expect(lines()).toEqual([
      'shared/many.ts:1: shared/ must not import "electron" (Electron)',
      'shared/many.ts:3: shared/ must not import "fs" (Node built-in)',
      'shared/many.ts:4: shared/ must not use the DOM global "window"',
    ]);
  });

  it('exits 1 from the command line and prints each violation', () => {
    write({ 'renderer/src/bad.ts': "import { shell } from 'electron';\n" });
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [script, root], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      const failure = err as { status: number; stderr: string };
      status = failure.status;
      stderr = failure.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('renderer/src/bad.ts:1: renderer/ must not import "electron" (Electron)');
  });

  it('exits 0 from the command line on a clean tree', () => {
    const out = execFileSync(process.execPath, [script, root], { encoding: 'utf8' });
    expect(out).toContain('Layer check passed.');
  });
});

describe('the scanner', () => {
  it('finds static, re-export, side-effect, dynamic and require specifiers with their lines', () => {
    const src = [
      "import a from 'a';",
      'export { b } from "b";',
      "import 'c';",
      'const d = await import(`d`);',
      "const e = require('e');",
      "import f = require('f');",
      "type G = typeof import('g');",
    ].join('\n');
    expect(findSpecifiers(src)).toEqual([
      { specifier: 'a', line: 1 },
      { specifier: 'b', line: 2 },
      { specifier: 'c', line: 3 },
      { specifier: 'd', line: 4 },
      { specifier: 'e', line: 5 },
      { specifier: 'f', line: 6 },
      { specifier: 'g', line: 7 },
    ]);
  });

  it('ignores comments, strings, regexes, templates with substitutions and member calls', () => {
    const src = [
      '// import a from "a";',
      '/* export * from "b"; */',
      'const s = "import c from \'c\'";',
      'const r = /from "d"/g;',
      'const t = `import("${name}")`;',
      "x.require('e'); y.import('f');",
      'const m = import.meta.url;',
      "const late = import(name);",
    ].join('\n');
    expect(findSpecifiers(src)).toEqual([]);
  });

  it('keeps line numbers right after multi-line comments and templates', () => {
    const src = ['/*', ' * two', ' */', 'const t = `a', 'b`;', "import z from 'z';"].join('\n');
    expect(findSpecifiers(src)).toEqual([{ specifier: 'z', line: 6 }]);
  });

  it('does not mistake JSX prose for a string', () => {
    const src = "const p = <p>Don't worry, it's saved</p>; import 'after';";
    expect(findSpecifiers(src)).toEqual([{ specifier: 'after', line: 1 }]);
  });

  it('treats locally bound names, keys and properties as not DOM globals', () => {
    const src = [
      'function read(document: Doc) { return document; }',
      'const o = { window: 1, navigator: 2 };',
      'const p = meta.location;',
      'interface I { document?: string }',
      'const { localStorage } = storage;',
    ].join('\n');
    expect(findDomGlobals(src)).toEqual([]);
  });
});

describe('checkLayers on this repository', () => {
  it('finds no violation', () => {
    expect(checkLayers(repoRoot).map(formatViolation)).toEqual([]);
  });
});
