import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawIcon, scanlines, SIZE } from '../../scripts/make-icon.mjs';

// electron-builder.yml is loaded and validated the way electron-builder does
// it before a build (its own loader and scheme.json), with no network.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
});

const targetNames = (target: unknown): string[] =>
  (Array.isArray(target) ? target : [target]).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really checked: a wrong field fails the same validation', async () => {
    const broken = { ...config, fileAssociations: [{ ext: 'smallchanges', mime: 'oops' }] } as unknown as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/unknown property 'mime'/);
  });

  it('names the app and where things go', () => {
    expect(config.appId).toBe('uk.org.smallchanges.studio');
    expect(config.productName).toBe('Small Changes Studio');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    expect(config.asar).toBe(true);
    // electron-builder's loader turns a plain list into one file set.
    expect(config.files).toEqual([{ filter: ['out/**', '!out/**/*.map', 'package.json'] }]);
  });

  it('opens .smallchanges workshop files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'smallchanges',
        name: 'Small Changes workshop',
        mimeType: 'application/x-smallchanges',
      }),
    ]);
  });

  it('builds the installers for each platform', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis', 'msi', 'portable']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
  });

  it('installs the way council IT deploys: per-machine MSI, a choice in NSIS, a portable exe', () => {
    expect(config.msi).toMatchObject({ perMachine: true, oneClick: false, upgradeCode: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.portable?.artifactName).toMatch(/portable/);
  });

  it('names a maintainer for the deb and an executable without spaces', () => {
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/);
    expect(config.linux?.executableName).toBe('small-changes-studio');
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('build/icon.png', () => {
  const png = readFileSync(join(root, 'build', 'icon.png'));

  it('is a 512×512 RGBA PNG', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(png[24]).toBe(8);
    expect(png[25]).toBe(6);
  });

  it('is what scripts/make-icon.mjs draws', () => {
    const idat: Buffer[] = [];
    for (let offset = 8; offset < png.length; ) {
      const length = png.readUInt32BE(offset);
      if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
      offset += length + 12;
    }
    expect(inflateSync(Buffer.concat(idat)).equals(scanlines(drawIcon(), SIZE, SIZE))).toBe(true);
  });
});
