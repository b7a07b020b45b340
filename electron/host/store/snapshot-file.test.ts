import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { decodeSnapshot, encodeSnapshot, readSnapshot, writeSnapshot } from './snapshot-file';
import { StoreError } from './store-error';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir('snapshot')));
afterEach(() => cleanup());

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return (error as StoreError).code;
  }
  return undefined;
}

describe('snapshot file', () => {
  it('writes atomically and reads back the payload', async () => {
    const path = join(dir, 'w.snapshot');
    expect(await readSnapshot(path)).toBeNull();
    await writeSnapshot(path, new Uint8Array([1, 2, 3]));
    expect([...((await readSnapshot(path)) ?? [])]).toEqual([1, 2, 3]);
    await writeSnapshot(path, new Uint8Array([4]));
    expect([...((await readSnapshot(path)) ?? [])]).toEqual([4]);
  });

  it('names the fault: foreign, damaged, cut short, newer', () => {
    const good = encodeSnapshot(new Uint8Array([1, 2, 3, 4]));
    expect(codeOf(() => decodeSnapshot(Buffer.from('{"hello":"json"} and more bytes'), 'x'))).toBe('foreign-file');
    const flipped = Buffer.from(good);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 0xff, flipped.length - 1);
    expect(codeOf(() => decodeSnapshot(flipped, 'x'))).toBe('corrupt-snapshot');
    expect(codeOf(() => decodeSnapshot(good.subarray(0, good.length - 1), 'x'))).toBe('corrupt-snapshot');
    expect(codeOf(() => decodeSnapshot(good.subarray(0, 10), 'x'))).toBe('corrupt-snapshot');
    const newer = Buffer.from(good);
    newer.writeUInt32LE(99, 8);
    expect(codeOf(() => decodeSnapshot(newer, 'x'))).toBe('newer-version');
  });

  it('says which file is damaged and that it was left alone', async () => {
    const path = join(dir, 'w.snapshot');
    await writeFile(path, 'garbage that is long enough to have a header');
    await expect(readSnapshot(path)).rejects.toThrow(`The saved workshop file ${path} is not a Small Changes Studio snapshot. It has not been changed.`);
    expect(await readFile(path, 'utf8')).toBe('garbage that is long enough to have a header');
  });
});
