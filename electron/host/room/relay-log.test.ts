import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeRelayMessage } from '../../../shared/room/relay-frames';
import { makeTempDir } from '../../../test/helpers/temp-dir';
import { RelayLog, roomFiles } from './relay-log';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('relay-log'));
});
afterEach(async () => cleanup());

const sealed = (n: number) => new Uint8Array(32).fill(n);
const seqs = (log: RelayLog) => log.backlog().map((e) => e.seq);

describe('RelayLog', () => {
  it('orders, persists and reopens the ciphertext history', async () => {
    const log = await RelayLog.open(dir, 'ROOM', 'a'.repeat(64));
    for (let i = 1; i <= 5; i += 1) expect(log.appendUpdate(sealed(i)).seq).toBe(i);
    await log.close();
    const again = await RelayLog.open(dir, 'ROOM', 'a'.repeat(64));
    expect(seqs(again)).toEqual([1, 2, 3, 4, 5]);
    expect(again.appendUpdate(sealed(6)).seq).toBe(6);
    const message = decodeRelayMessage(again.backlog()[2]!.wire);
    expect(message).toEqual({ kind: 'update', seq: 3, sealed: sealed(3) });
    await again.close();
  });

  it('compacts: a snapshot covering seq N drops frames up to N, on disk too', async () => {
    const log = await RelayLog.open(dir, 'ROOM', 'a'.repeat(64));
    for (let i = 1; i <= 10; i += 1) log.appendUpdate(sealed(i));
    expect(log.appendSnapshot(11, sealed(0))).toBeNull(); // past the head
    const snap = log.appendSnapshot(7, sealed(99))!;
    expect(snap.seq).toBe(11);
    expect(seqs(log)).toEqual([11, 8, 9, 10]);
    expect(log.lastSnapshotThrough).toBe(7);
    expect(log.appendSnapshot(7, sealed(98))).toBeNull(); // not ahead of the last one
    log.appendUpdate(sealed(12));
    await log.flush();
    await log.close();
    const again = await RelayLog.open(dir, 'ROOM', 'a'.repeat(64));
    expect(seqs(again)).toEqual([11, 8, 9, 10, 12]);
    expect(again.head).toBe(12);
    await again.close();
  });

  it('sets aside a history kept for another join token instead of serving it', async () => {
    const log = await RelayLog.open(dir, 'ROOM', 'a'.repeat(64));
    log.appendUpdate(sealed(1));
    await log.close();
    const other = await RelayLog.open(dir, 'ROOM', 'b'.repeat(64));
    expect(other.size).toBe(0);
    expect(other.head).toBe(0);
    await other.close();
    const names = await readdir(join(dir, 'rooms'));
    expect(names.some((n) => n.includes('.other-secret-'))).toBe(true);
  });

  it('refuses a damaged history file with a message naming it, changing nothing', async () => {
    const files = roomFiles(dir, 'ROOM');
    const log = await RelayLog.open(dir, 'ROOM', 'a'.repeat(64));
    await log.close();
    const good = await readFile(files.state);
    good[good.length - 1] = good[good.length - 1]! ^ 0xff;
    await writeFile(files.state, good);
    await expect(RelayLog.open(dir, 'ROOM', 'a'.repeat(64))).rejects.toThrow(/room history file .* fails its checksum \(damaged\)\. It has not been changed\./);
    await writeFile(files.state, 'not ours at all');
    await expect(RelayLog.open(dir, 'ROOM', 'a'.repeat(64))).rejects.toThrow(/is not a Small Changes Studio room history/);
  });
});
