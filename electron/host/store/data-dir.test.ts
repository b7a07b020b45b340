import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { prepareDataDir } from './data-dir';
import { acquireDataDirLock } from './data-dir-lock';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('datadir')));
afterEach(() => cleanup());

describe('prepareDataDir', () => {
  it('creates the workshops folder and leaves no probe file behind', async () => {
    const workshops = await prepareDataDir(join(dir, 'new', 'data'));
    expect(await readdir(workshops)).toEqual([]);
  });

  it('names the folder when it cannot be written (its parent is a file)', async () => {
    // Tests run as root, so permissions cannot make a folder unwritable; a
    // path under a regular file can never be created by anyone.
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, 'x');
    const target = join(blocker, 'data');
    await expect(prepareDataDir(target)).rejects.toMatchObject({
      code: 'data-dir-unwritable',
      message: `The data folder ${target} cannot be written to (ENOTDIR). Choose another with --data, or fix its permissions.`,
    });
    expect(await readFile(blocker, 'utf8')).toBe('x');
  });
});

describe('acquireDataDirLock', () => {
  it('lets one holder at a time use a folder', async () => {
    const release = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toMatchObject({ code: 'data-dir-locked' });
    await release();
    const again = await acquireDataDirLock(dir);
    await again();
  });

  it('refuses a folder held by another live process, naming it', async () => {
    // pid 1 is always alive.
    await writeFile(join(dir, 'host.lock'), JSON.stringify({ pid: 1 }));
    await expect(acquireDataDirLock(dir)).rejects.toThrow(`The data folder ${dir} is already in use by another process (pid 1).`);
  });

  it('takes over a lock left by a process that has died', async () => {
    await writeFile(join(dir, 'host.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const release = await acquireDataDirLock(dir);
    expect(JSON.parse(await readFile(join(dir, 'host.lock'), 'utf8')).pid).toBe(process.pid);
    await release();
  });
});
