import { describe, expect, it } from 'vitest';
import {
  PartAssembler,
  decodeClientMessage,
  decodeRelayMessage,
  encodeClientMessage,
  encodeRelayMessage,
  parseRelayControl,
  toFrames,
} from './relay-frames';

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

describe('relay frames', () => {
  it('round-trip every message kind both ways', () => {
    const sealed = bytes(40);
    for (const m of [
      { kind: 'update', sealed },
      { kind: 'snapshot', through: 12, sealed },
      { kind: 'awareness', sealed },
    ] as const) {
      expect(decodeClientMessage(encodeClientMessage(m))).toEqual(m);
    }
    for (const m of [
      { kind: 'update', seq: 5, sealed },
      { kind: 'snapshot', seq: 9, through: 8, sealed },
      { kind: 'awareness', from: 3, sealed },
      { kind: 'left', from: 3 },
    ] as const) {
      expect(decodeRelayMessage(encodeRelayMessage(m))).toEqual(m);
    }
  });

  it('return null, never throw, for garbage and trailing bytes', () => {
    const good = encodeClientMessage({ kind: 'update', sealed: bytes(10) });
    expect(decodeClientMessage(new Uint8Array([...good, 0]))).toBeNull();
    expect(decodeClientMessage(good.subarray(0, 5))).toBeNull();
    expect(decodeClientMessage(new Uint8Array())).toBeNull();
    expect(decodeClientMessage(new Uint8Array([9, 1, 2]))).toBeNull();
    expect(decodeRelayMessage(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBeNull();
  });

  it('cut a long message into parts under the cap and put it back together', () => {
    const message = new Uint8Array(10_000).map((_, i) => i % 251);
    const frames = toFrames(message, 1024);
    expect(frames.length).toBeGreaterThan(9);
    for (const f of frames) expect(f.length).toBeLessThanOrEqual(1024);
    const assembler = new PartAssembler();
    let out: Uint8Array | null = null;
    for (const f of frames) {
      const r = assembler.push(f);
      if ('message' in r) out = r.message;
      else expect('pending' in r).toBe(true);
    }
    expect(out).toEqual(message);
    expect(toFrames(bytes(10), 1024)).toHaveLength(1);
  });

  it('refuse parts out of order, a changed count, and messages over the cap', () => {
    const frames = toFrames(bytes(5000), 1024);
    const a = new PartAssembler();
    a.push(frames[0]!);
    expect(a.push(frames[2]!)).toEqual({ error: 'Message parts arrived out of order.' });
    expect(a.inProgress).toBe(false);
    const b = new PartAssembler(3000);
    b.push(frames[0]!);
    b.push(frames[1]!);
    expect(b.push(frames[2]!)).toMatchObject({ error: expect.stringMatching(/over 3000 bytes/) });
    expect(new PartAssembler().push(frames[1]!)).toEqual({ error: 'Message parts arrived out of order.' });
  });

  it('parse only well-formed control messages', () => {
    expect(parseRelayControl('{"type":"synced","head":3}')).toEqual({ type: 'synced', head: 3 });
    expect(parseRelayControl('{"type":"welcome","room":"R","workshopId":"workshop:x","head":0,"backlog":0}')).not.toBeNull();
    expect(parseRelayControl('{"type":"compact","through":-1}')).toBeNull();
    expect(parseRelayControl('nope')).toBeNull();
    expect(parseRelayControl('{"type":"saving","problem":"The host cannot save"}')).toEqual({ type: 'saving', problem: 'The host cannot save' });
    expect(parseRelayControl('{"type":"saving","problem":null}')).toEqual({ type: 'saving', problem: null });
    expect(parseRelayControl(JSON.stringify({ type: 'saving', problem: 'x'.repeat(501) }))).toBeNull();
    expect(parseRelayControl('{"type":"saving","problem":7}')).toBeNull();
    expect(parseRelayControl('null')).toBeNull();
  });
});
