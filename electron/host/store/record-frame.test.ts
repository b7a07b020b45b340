import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecord, RECORD_HEADER_BYTES } from './record-frame';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('record framing', () => {
  it('round-trips records and reports where they start', () => {
    const a = encodeRecord(bytes(1, 2, 3));
    const b = encodeRecord(bytes(9));
    const all = Buffer.concat([Buffer.from('HEAD'), a, b]);
    const out = decodeRecords(all, 4);
    expect(out.payloads.map((p) => [...p])).toEqual([[1, 2, 3], [9]]);
    expect(out.starts).toEqual([4, 4 + a.length]);
    expect(out).toMatchObject({ end: all.length, stopReason: null });
  });

  it('stops before a half-written record', () => {
    const good = encodeRecord(bytes(1, 2, 3));
    const half = encodeRecord(bytes(4, 5, 6, 7)).subarray(0, RECORD_HEADER_BYTES + 2);
    const out = decodeRecords(Buffer.concat([good, half]), 0);
    expect(out).toMatchObject({ end: good.length, stopReason: 'torn' });
    expect(out.payloads).toHaveLength(1);
  });

  it('stops at a record whose checksum does not match, even if later ones are fine', () => {
    const bad = encodeRecord(bytes(1, 2, 3));
    bad[RECORD_HEADER_BYTES] = 99;
    const out = decodeRecords(Buffer.concat([encodeRecord(bytes(7)), bad, encodeRecord(bytes(8))]), 0);
    expect(out.payloads.map((p) => [...p])).toEqual([[7]]);
    expect(out.stopReason).toBe('checksum');
  });

  it('does not read a zero-filled tail as empty records', () => {
    const good = encodeRecord(bytes(5));
    const out = decodeRecords(Buffer.concat([good, Buffer.alloc(64)]), 0);
    expect(out).toMatchObject({ end: good.length, stopReason: 'zero-length' });
  });

  it('treats an absurd length as damage', () => {
    const header = Buffer.alloc(RECORD_HEADER_BYTES + 4);
    header.writeUInt32LE(0xffffffff, 0);
    expect(decodeRecords(header, 0)).toMatchObject({ end: 0, stopReason: 'too-large' });
  });
});
