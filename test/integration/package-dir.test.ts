import { chmod, copyFile, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

// Packs the app with electron-builder exactly as `npm run package:linux`
// would (same electron-builder.yml, same package.json), but as a --dir build
// against a STAND-IN Electron distribution: Electron's real binary cannot be
// downloaded on these machines. electron-builder copies an unpacked
// distribution given as `electronDist` (app-builder-lib's ElectronFramework:
// it needs the folder with the `electron` executable; LICENSE and locales/
// are optional), renames the executable, packs app.asar and flips the fuses,
// which @electron/fuses finds after its sentinel in the binary. So the
// stand-in binary carries that sentinel and a fuse wire, and the test reads
// back what packaging wrote. Nothing is downloaded: no Electron zip (the
// distribution is given) and no app-builder binary (electron-builder 26
// packs a --dir build in-process).
//
// The app folder is a copy of the project's packaging inputs with a stand-in
// build output in out/ (plus source files, tests and maps that must NOT be
// packed), and this project's node_modules linked in, so the production
// dependency walk is the real one.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FUSE_COUNT = 8;
// @electron/fuses finds the wire after this marker; a fuse byte is '1' (on) or '0' (off).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;

let tmp: { dir: string; cleanup: () => Promise<void> };
let appOut: string;
let asarFiles: string[];

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** An `electron` executable as far as packaging can tell: a fuse wire after the sentinel, all fuses at their defaults. */
function standInElectron(): Buffer {
  const wire = Buffer.alloc(FUSE_COUNT, FuseState.ENABLE);
  wire[FuseV1Options.RunAsNode] = FuseState.ENABLE;
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron for packaging tests"\n# '),
    Buffer.from(SENTINEL),
    Buffer.from([1, FUSE_COUNT]),
    wire,
    Buffer.from('\n'),
  ]);
}

beforeAll(async () => {
  tmp = await makeTempDir('package-dir');
  const project = join(tmp.dir, 'app');
  const dist = join(tmp.dir, 'electron-dist');

  // The stand-in Electron distribution (linux x64 layout).
  await mkdir(join(dist, 'locales'), { recursive: true });
  await mkdir(join(dist, 'resources'), { recursive: true });
  await writeFile(join(dist, 'electron'), standInElectron());
  await chmod(join(dist, 'electron'), 0o755);
  await writeFile(join(dist, 'LICENSE'), 'Electron licence (stand-in)');
  await writeFile(join(dist, 'locales', 'en-GB.pak'), 'locale');

  // The project: real packaging inputs, stand-in build output, decoys.
  await mkdir(join(project, 'build'), { recursive: true });
  await copyFile(join(root, 'package.json'), join(project, 'package.json'));
  await copyFile(join(root, 'electron-builder.yml'), join(project, 'electron-builder.yml'));
  await copyFile(join(root, 'build', 'icon.png'), join(project, 'build', 'icon.png'));
  await symlink(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  await put(join(project, 'out', 'main', 'index.js'), 'import "./chunks/server.js";');
  await put(join(project, 'out', 'main', 'chunks', 'server.js'), 'export {};');
  await put(join(project, 'out', 'main', 'index.js.map'), '{"version":3}');
  await put(join(project, 'out', 'preload', 'index.cjs'), '"use strict";');
  await put(join(project, 'out', 'renderer', 'index.html'), '<!doctype html><title>Small Changes Studio</title>');
  await put(join(project, 'out', 'renderer', 'assets', 'index.js'), 'console.log(1)');
  for (const decoy of [
    'electron/main/index.ts',
    'electron/main/index.test.ts',
    'electron/host/store/host-store.ts',
    'renderer/src/App.tsx',
    'shared/doc/schema.ts',
    'test/integration/x.test.ts',
    'scripts/make-icon.mjs',
    'tsconfig.json',
    'README.md',
    'dist-old/leftover.txt',
  ]) {
    await put(join(project, decoy), '// must not be packed');
  }

  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist: dist, directories: { output: join(tmp.dir, 'dist') } },
  });
  appOut = join(tmp.dir, 'dist', 'linux-unpacked');
  asarFiles = listPackage(join(appOut, 'resources', 'app.asar'), { isPack: false });
}, 120_000);

afterAll(() => tmp?.cleanup());

const topLevel = () => new Set(asarFiles.map((f) => f.split(/[\\/]/)[1]));
const nodeModules = () =>
  new Set(
    asarFiles
      .map((f) => f.split(/[\\/]/))
      .filter((parts) => parts[1] === 'node_modules' && parts.length > 2)
      .map((parts) => (parts[2]!.startsWith('@') ? `${parts[2]}/${parts[3]}` : parts[2]!)),
  );

describe('the --dir package (linux, stand-in Electron)', () => {
  it('has the renamed executable, the Electron licence and app.asar', async () => {
    expect((await stat(join(appOut, 'small-changes-studio'))).isFile()).toBe(true);
    expect((await stat(join(appOut, 'resources', 'app.asar'))).isFile()).toBe(true);
    expect((await stat(join(appOut, 'LICENSE.electron.txt'))).isFile()).toBe(true);
  });

  it('packs the built main, preload and renderer and package.json, without source maps', () => {
    for (const file of [
      '/out/main/index.js',
      '/out/main/chunks/server.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/out/renderer/assets/index.js',
      '/package.json',
    ]) {
      expect(asarFiles.map((f) => f.replace(/\\/g, '/'))).toContain(file);
    }
    expect(asarFiles.filter((f) => f.endsWith('.map') && !f.includes('node_modules'))).toEqual([]);
  });

  it('packs no source files, tests, scripts or other project files', () => {
    expect([...topLevel()].sort()).toEqual(['node_modules', 'out', 'package.json']);
    expect(asarFiles.filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('node_modules'))).toEqual([]);
  });

  it('packs the production dependencies and none of the development ones', () => {
    const packed = nodeModules();
    for (const runtime of ['yjs', 'y-protocols', 'lib0', 'ws', 'zod', '@noble/hashes']) expect(packed).toContain(runtime);
    for (const dev of ['electron', 'electron-builder', 'vitest', 'typescript', 'vite', '@playwright/test', 'fast-check', 'happy-dom']) {
      expect(packed).not.toContain(dev);
    }
  });

  it('keeps package.json pointing at the built main process', () => {
    const pkg = JSON.parse(extractFile(join(appOut, 'resources', 'app.asar'), 'package.json').toString('utf8')) as {
      main: string;
      version: string;
    };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('flips the fuses in the executable as electron-builder.yml says', async () => {
    const binary = await readFile(join(appOut, 'small-changes-studio'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    expect(binary[at]).toBe(1);
    const wire = [...binary.subarray(at + 2, at + 2 + FUSE_COUNT)];
    const state = (fuse: FuseV1Options) => (wire[fuse] === FuseState.ENABLE ? 'on' : wire[fuse] === FuseState.DISABLE ? 'off' : '?');
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspectArguments: state(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      fileProtocolPrivileges: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: 'off',
      cookieEncryption: 'on',
      nodeOptions: 'off',
      inspectArguments: 'off',
      asarIntegrity: 'on',
      onlyFromAsar: 'on',
      fileProtocolPrivileges: 'off',
    });
  });
});
