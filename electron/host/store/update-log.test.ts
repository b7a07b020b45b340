import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { encodeRecord } from './record-frame';
import { LOG_HEADER_BYTES, readLog, UpdateLog } from './update-log';

let dir: string;
let path: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('log'));
  path = join(dir, 'w.log');
});
afterEach(() => cleanup());

const payload = (n: number) => new Uint8Array([n, n, n]);

async function openLog() {
  return UpdateLog.open(path, await readLog(path));
}

describe('UpdateLog', () => {
  it('creates a log, appends with fsync and reads the records back in order', async () => {
    const { log } = await openLog();
    await log.append(payload(1));
    await Promise.all([log.append(payload(2)), log.append(payload(3))]);
    await log.close();
    const read = await readLog(path);
    expect(read.payloads.map((p) => p[0])).toEqual([1, 2, 3]);
    expect(read.tailBytes).toBe(0);
  });

  it('batches appends that arrive while a write is in flight', async () => {
    const { log } = await openLog();
    const acks = Array.from({ length: 50 }, (_, i) => log.append(payload(i)));
    await Promise.all(acks);
    await log.close();
    expect((await readLog(path)).payloads).toHaveLength(50);
  });

  it('cuts a torn tail, keeps a copy of it, and appends after the good records', async () => {
    const { log } = await openLog();
    await log.append(payload(1));
    await log.close();
    const half = encodeRecord(payload(2)).subarray(0, 6);
    await appendFile(path, half);
    const { log: reopened, tornCopy } = await openLog();
    expect(tornCopy).not.toBeNull();
    expect(await readFile(tornCopy!)).toEqual(Buffer.from(half));
    await reopened.append(payload(3));
    await reopened.close();
    const read = await readLog(path);
    expect(read.payloads.map((p) => p[0])).toEqual([1, 3]);
    expect(read.tailBytes).toBe(0);
  });

  it('starts afresh from a torn header', async () => {
    await writeFile(path, Buffer.from('SCS-U'));
    const { log, tornCopy } = await openLog();
    expect(tornCopy).not.toBeNull();
    await log.append(payload(4));
    await log.close();
    expect((await readLog(path)).payloads.map((p) => p[0])).toEqual([4]);
  });

  it('refuses a file that is not a log and leaves it untouched', async () => {
    await writeFile(path, 'PK\u0003\u0004 a zip file, say');
    await expect(readLog(path)).rejects.toMatchObject({ code: 'foreign-file' });
    expect(await readFile(path, 'utf8')).toBe('PK\u0003\u0004 a zip file, say');
    expect(await readdir(dir)).toEqual(['w.log']);
  });

  it('checkpoint saves state with no write in flight, then empties the log', async () => {
    const { log } = await openLog();
    await log.append(payload(1));
    const seen: number[] = [];
    const late = log.append(payload(2));
    await log.checkpoint(async () => {
      seen.push((await readLog(path)).payloads.length);
    });
    await late;
    await log.append(payload(3));
    await log.close();
    // Both earlier records were on disk when the state was saved.
    expect(seen).toEqual([2]);
    expect((await readLog(path)).payloads.map((p) => p[0])).toEqual([3]);
  });

  it('is empty (header only) after a checkpoint', async () => {
    const { log } = await openLog();
    await log.append(payload(1));
    await log.checkpoint(async () => undefined);
    expect(log.hasRecords).toBe(false);
    await log.close();
    expect((await stat(path)).size).toBe(LOG_HEADER_BYTES);
  });
});
