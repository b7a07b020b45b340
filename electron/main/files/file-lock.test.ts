import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { nodeFileOps } from './file-ops';
import { acquireLock, describeHolder, lockPathFor, releaseLock, stillHeld, type LockOwner } from './file-lock';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('file-lock'));
  file = join(dir, 'Budget day.smallchanges');
  await writeFile(file, 'workshop');
});
afterEach(() => cleanup());

const sam: LockOwner = { name: 'Sam Okafor', host: 'LAPTOP-SAM', pid: 4242 };
const ali: LockOwner = { name: 'Ali Khan', host: 'LAPTOP-ALI', pid: 777 };
const now = () => new Date('2026-05-03T10:04:00.000Z');

describe('the lock file', () => {
  it('sits beside the workshop file, Office-style', () => {
    expect(lockPathFor('/share/Budget day.smallchanges')).toBe('/share/~$Budget day.smallchanges');
  });

  it('is created with who, where and since when', async () => {
    const result = await acquireLock(file, sam, { now });
    expect(result.status).toBe('acquired');
    const saved = JSON.parse(await readFile(lockPathFor(file), 'utf8'));
    expect(saved).toMatchObject({ app: 'Small Changes Studio', name: 'Sam Okafor', host: 'LAPTOP-SAM', pid: 4242, since: '2026-05-03T10:04:00.000Z' });
  });

  it('tells a second computer who holds it', async () => {
    await acquireLock(file, sam, { now });
    const result = await acquireLock(file, ali, { now });
    expect(result.status).toBe('held');
    if (result.status !== 'held') return;
    expect(result.holder?.name).toBe('Sam Okafor');
    expect(describeHolder(result.holder)).toMatch(/^Sam Okafor on LAPTOP-SAM, since /);
  });

  it('lets exactly one of two computers win when they open at the same moment', async () => {
    for (let round = 0; round < 20; round++) {
      const results = await Promise.all([acquireLock(file, sam, { now }), acquireLock(file, ali, { now })]);
      expect(results.map((r) => r.status).sort()).toEqual(['acquired', 'held']);
      const won = results.find((r) => r.status === 'acquired');
      if (won?.status === 'acquired') await releaseLock(won.lock);
      expect(await readdir(dir)).toEqual(['Budget day.smallchanges']);
    }
  });

  it('is shared, not refused, when this same app opens the file again', async () => {
    const first = await acquireLock(file, sam, { now });
    const again = await acquireLock(file, sam, { now });
    expect(again.status).toBe('acquired');
    if (first.status === 'acquired' && again.status === 'acquired') expect(again.lock.info.token).toBe(first.lock.info.token);
  });

  it('takes over a lock left by a process on this computer that is no longer running', async () => {
    await acquireLock(file, { ...sam, pid: 1111 }, { now });
    const result = await acquireLock(file, sam, { now, isAlive: (pid) => pid !== 1111 });
    expect(result.status).toBe('acquired');
  });

  it('never takes over a live process on this computer', async () => {
    await acquireLock(file, { ...sam, pid: 1111 }, { now });
    expect((await acquireLock(file, sam, { now, isAlive: () => true })).status).toBe('held');
  });

  it('never takes over another computer’s lock, even if that pid is not running here', async () => {
    await acquireLock(file, ali, { now });
    expect((await acquireLock(file, sam, { now, isAlive: () => false })).status).toBe('held');
  });

  it('treats a half-written lock as held at first, and as a leftover once it is old', async () => {
    await writeFile(lockPathFor(file), '{"app":"Small Cha');
    const fresh = await acquireLock(file, sam);
    expect(fresh).toMatchObject({ status: 'held', holder: null });
    expect(describeHolder(null)).toBe('someone else (their details cannot be read yet)');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPathFor(file), old, old);
    expect((await acquireLock(file, sam)).status).toBe('acquired');
  });

  it('says when the folder cannot be written, so the file opens read-only', async () => {
    const readOnly = { ...nodeFileOps, open: (async () => { throw Object.assign(new Error('ro'), { code: 'EROFS' }); }) as never };
    expect(await acquireLock(file, sam, { ops: readOnly })).toEqual({ status: 'unwritable', code: 'EROFS' });
  });

  it('is released only by its holder', async () => {
    const mine = await acquireLock(file, sam, { now });
    if (mine.status !== 'acquired') throw new Error('expected the lock');
    expect(await stillHeld(mine.lock)).toBe(true);
    // Someone deleted our lock and another computer took the file.
    await releaseLock(mine.lock);
    const theirs = await acquireLock(file, ali, { now });
    expect(theirs.status).toBe('acquired');
    expect(await stillHeld(mine.lock)).toBe(false);
    await releaseLock(mine.lock);
    expect(JSON.parse(await readFile(lockPathFor(file), 'utf8')).name).toBe('Ali Khan');
  });
});
