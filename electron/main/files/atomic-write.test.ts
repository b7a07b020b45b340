import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { removeStaleTemps, tempPathFor, writeFileAtomically } from './atomic-write';
import { FileProblem } from './file-errors';
import { nodeFileOps, type FileOps } from './file-ops';

let dir: string;
let cleanup: () => Promise<void>;
let target: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('atomic-write'));
  target = join(dir, 'Session 1.smallchanges');
  await writeFile(target, 'the last good copy');
});
afterEach(() => cleanup());

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Real fs, with one step made to fail the way a disk does. */
function failing(step: 'write' | 'sync' | 'rename' | 'open', code: string): FileOps {
  return {
    ...nodeFileOps,
    open: (async (path: string, flags?: string) => {
      if (step === 'open') throw fsError(code);
      const handle = await nodeFileOps.open(path, flags);
      if (flags !== 'wx') return handle;
      return Object.assign(Object.create(handle), {
        writeFile: async (data: Uint8Array) => {
          if (step === 'write') {
            await handle.writeFile(data.subarray(0, 3)); // part of it made it, then the disk filled
            throw fsError(code);
          }
          return handle.writeFile(data);
        },
        sync: async () => {
          if (step === 'sync') throw fsError(code);
          return handle.sync();
        },
        close: () => handle.close(),
      });
    }) as FileOps['open'],
    rename: async (from, to) => {
      if (step === 'rename') throw fsError(code);
      return nodeFileOps.rename(from, to);
    },
  };
}

async function expectUntouched(): Promise<void> {
  expect(await readFile(target, 'utf8')).toBe('the last good copy');
  expect(await readdir(dir)).toEqual(['Session 1.smallchanges']);
}

describe('writeFileAtomically', () => {
  it('replaces the file and leaves nothing else behind', async () => {
    await writeFileAtomically(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['Session 1.smallchanges']);
  });

  it('creates a file that did not exist', async () => {
    const fresh = join(dir, 'New.smallchanges');
    await writeFileAtomically(fresh, Uint8Array.of(1, 2, 3));
    expect([...(await readFile(fresh))]).toEqual([1, 2, 3]);
  });

  it.each([
    ['write', 'ENOSPC', /There is not enough space on the disk to save “Session 1\.smallchanges”/],
    ['sync', 'EIO', /stopped answering/],
    ['rename', 'EBUSY', /is locked by another program/],
    ['rename', 'EPERM', /is locked by another program/],
    ['open', 'EACCES', /is read-only, or you do not have permission to save in that folder/],
    ['open', 'EROFS', /is read-only/],
  ] as const)('keeps the last good copy when %s fails with %s, and says so plainly', async (step, code, message) => {
    const error = await writeFileAtomically(target, new TextEncoder().encode('new'), failing(step, code)).catch((e) => e);
    expect(error).toBeInstanceOf(FileProblem);
    expect(error.message).toMatch(message);
    expect(error.code).toBe(code);
    if (step !== 'open') expect(error.message).toContain('the last saved copy of the file has not been touched');
    await expectUntouched();
  });
});

describe('removeStaleTemps', () => {
  it("removes a half-written save's temporary file, and only that file's", async () => {
    const stale = tempPathFor(target);
    await writeFile(stale, 'half a wor');
    await writeFile(join(dir, 'Other.smallchanges.saving-1-abcd'), 'not ours');
    await writeFile(join(dir, 'Session 1.smallchanges.bak'), 'not a temp');
    expect(await removeStaleTemps(target)).toEqual([stale]);
    expect((await readdir(dir)).sort()).toEqual([
      'Other.smallchanges.saving-1-abcd',
      'Session 1.smallchanges',
      'Session 1.smallchanges.bak',
    ]);
    expect(await readFile(target, 'utf8')).toBe('the last good copy');
  });

  it('copes with a folder that has gone', async () => {
    expect(await removeStaleTemps(join(dir, 'gone', 'x.smallchanges'))).toEqual([]);
  });
});
