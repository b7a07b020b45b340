// Binary frames of the room relay (see PROTOCOL.md). Shared by the host's
// relay and the relay client so both read one definition. Decoders never
// throw: they return null for anything malformed.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const KIND_UPDATE = 0;
export const KIND_SNAPSHOT = 1;
export const KIND_AWARENESS = 2;
export const KIND_PART = 3;
export const KIND_LEFT = 4;

/** Largest single WebSocket frame either side sends or accepts. */
export const MAX_FRAME_BYTES = 1024 * 1024;
/** Largest message reassembled from parts. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const PART_OVERHEAD = 1 + 5 + 5 + 5;

export type ClientMessage =
  | { kind: 'update'; sealed: Uint8Array }
  | { kind: 'snapshot'; through: number; sealed: Uint8Array }
  | { kind: 'awareness'; sealed: Uint8Array };

export type RelayMessage =
  | { kind: 'update'; seq: number; sealed: Uint8Array }
  | { kind: 'snapshot'; seq: number; through: number; sealed: Uint8Array }
  | { kind: 'awareness'; from: number; sealed: Uint8Array }
  | { kind: 'left'; from: number };

export function encodeClientMessage(message: ClientMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  if (message.kind === 'update') {
    encoding.writeVarUint(encoder, KIND_UPDATE);
  } else if (message.kind === 'snapshot') {
    encoding.writeVarUint(encoder, KIND_SNAPSHOT);
    encoding.writeVarUint(encoder, message.through);
  } else {
    encoding.writeVarUint(encoder, KIND_AWARENESS);
  }
  encoding.writeVarUint8Array(encoder, message.sealed);
  return encoding.toUint8Array(encoder);
}

// A whole frame must be consumed: trailing bytes mean it is not ours.
function finish<T>(decoder: decoding.Decoder, value: T): T | null {
  return decoding.hasContent(decoder) ? null : value;
}

function safeUint(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

export function decodeClientMessage(data: Uint8Array): ClientMessage | null {
  try {
    const decoder = decoding.createDecoder(data);
    const kind = decoding.readVarUint(decoder);
    if (kind === KIND_UPDATE) return finish(decoder, { kind: 'update', sealed: decoding.readVarUint8Array(decoder) });
    if (kind === KIND_SNAPSHOT) {
      const through = decoding.readVarUint(decoder);
      if (!safeUint(through)) return null;
      return finish(decoder, { kind: 'snapshot', through, sealed: decoding.readVarUint8Array(decoder) });
    }
    if (kind === KIND_AWARENESS) return finish(decoder, { kind: 'awareness', sealed: decoding.readVarUint8Array(decoder) });
    return null;
  } catch {
    return null;
  }
}

export function encodeRelayMessage(message: RelayMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  switch (message.kind) {
    case 'update':
      encoding.writeVarUint(encoder, KIND_UPDATE);
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint8Array(encoder, message.sealed);
      break;
    case 'snapshot':
      encoding.writeVarUint(encoder, KIND_SNAPSHOT);
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint(encoder, message.through);
      encoding.writeVarUint8Array(encoder, message.sealed);
      break;
    case 'awareness':
      encoding.writeVarUint(encoder, KIND_AWARENESS);
      encoding.writeVarUint(encoder, message.from);
      encoding.writeVarUint8Array(encoder, message.sealed);
      break;
    case 'left':
      encoding.writeVarUint(encoder, KIND_LEFT);
      encoding.writeVarUint(encoder, message.from);
      break;
  }
  return encoding.toUint8Array(encoder);
}

export function decodeRelayMessage(data: Uint8Array): RelayMessage | null {
  try {
    const decoder = decoding.createDecoder(data);
    const kind = decoding.readVarUint(decoder);
    if (kind === KIND_UPDATE) {
      const seq = decoding.readVarUint(decoder);
      return safeUint(seq) ? finish(decoder, { kind: 'update', seq, sealed: decoding.readVarUint8Array(decoder) }) : null;
    }
    if (kind === KIND_SNAPSHOT) {
      const seq = decoding.readVarUint(decoder);
      const through = decoding.readVarUint(decoder);
      if (!safeUint(seq) || !safeUint(through)) return null;
      return finish(decoder, { kind: 'snapshot', seq, through, sealed: decoding.readVarUint8Array(decoder) });
    }
    if (kind === KIND_AWARENESS) {
      const from = decoding.readVarUint(decoder);
      return safeUint(from) ? finish(decoder, { kind: 'awareness', from, sealed: decoding.readVarUint8Array(decoder) }) : null;
    }
    if (kind === KIND_LEFT) {
      const from = decoding.readVarUint(decoder);
      return safeUint(from) ? finish(decoder, { kind: 'left', from }) : null;
    }
    return null;
  } catch {
    return null;
  }
}

/** Is this frame a piece of a longer message? (first byte is the kind) */
export function isPartFrame(frame: Uint8Array): boolean {
  return frame.length > 0 && frame[0] === KIND_PART;
}

/** One message as frames of at most `maxFrame` bytes: itself, or `part` frames. */
export function toFrames(message: Uint8Array, maxFrame = MAX_FRAME_BYTES): Uint8Array[] {
  if (message.length <= maxFrame) return [message];
  const pieceBytes = maxFrame - PART_OVERHEAD;
  const count = Math.ceil(message.length / pieceBytes);
  const frames: Uint8Array[] = [];
  for (let index = 0; index < count; index += 1) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, KIND_PART);
    encoding.writeVarUint(encoder, index);
    encoding.writeVarUint(encoder, count);
    encoding.writeVarUint8Array(encoder, message.subarray(index * pieceBytes, (index + 1) * pieceBytes));
    frames.push(encoding.toUint8Array(encoder));
  }
  return frames;
}

export type PartResult = { message: Uint8Array } | { pending: true } | { error: string };

/**
 * Reassembles `part` frames sent back to back on one socket. Any gap, a
 * changed count, or a message over the cap is an error (the connection is
 * then closed; a fresh assembler starts clean).
 */
export class PartAssembler {
  private pieces: Uint8Array[] = [];
  private count = 0;
  private bytes = 0;

  constructor(private readonly maxMessage = MAX_MESSAGE_BYTES) {}

  get inProgress(): boolean {
    return this.pieces.length > 0;
  }

  push(frame: Uint8Array): PartResult {
    let index: number;
    let count: number;
    let piece: Uint8Array;
    try {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== KIND_PART) return this.fail('Not a part frame.');
      index = decoding.readVarUint(decoder);
      count = decoding.readVarUint(decoder);
      piece = decoding.readVarUint8Array(decoder);
      if (decoding.hasContent(decoder)) return this.fail('A part frame has trailing bytes.');
    } catch {
      return this.fail('A part frame could not be read.');
    }
    if (!safeUint(index) || !safeUint(count) || count < 2 || piece.length === 0) return this.fail('A part frame is malformed.');
    if (index !== this.pieces.length || (index > 0 && count !== this.count) || index >= count) {
      return this.fail('Message parts arrived out of order.');
    }
    this.bytes += piece.length;
    if (this.bytes > this.maxMessage) return this.fail(`A message is over ${this.maxMessage} bytes.`);
    this.count = count;
    this.pieces.push(piece);
    if (this.pieces.length < count) return { pending: true };
    const message = new Uint8Array(this.bytes);
    let offset = 0;
    for (const p of this.pieces) {
      message.set(p, offset);
      offset += p.length;
    }
    this.reset();
    return { message };
  }

  reset(): void {
    this.pieces = [];
    this.count = 0;
    this.bytes = 0;
  }

  private fail(error: string): PartResult {
    this.reset();
    return { error };
  }
}

/** Text frames relay → client. */
export type RelayControl =
  | { type: 'welcome'; room: string; workshopId: string; head: number; backlog: number }
  | { type: 'synced'; head: number }
  | { type: 'compact'; through: number }
  /** The host cannot save the room's history to its disk (why, for people), or can again (null). */
  | { type: 'saving'; problem: string | null };

/** Longest save-problem text a client shows. */
export const MAX_SAVE_PROBLEM_LENGTH = 500;

export function parseRelayControl(text: string): RelayControl | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const uint = (n: unknown): n is number => typeof n === 'number' && safeUint(n);
  if (v.type === 'welcome' && typeof v.room === 'string' && typeof v.workshopId === 'string' && uint(v.head) && uint(v.backlog)) {
    return { type: 'welcome', room: v.room, workshopId: v.workshopId, head: v.head, backlog: v.backlog };
  }
  if (v.type === 'synced' && uint(v.head)) return { type: 'synced', head: v.head };
  if (v.type === 'compact' && uint(v.through)) return { type: 'compact', through: v.through };
  if (v.type === 'saving' && (v.problem === null || (typeof v.problem === 'string' && v.problem.length <= MAX_SAVE_PROBLEM_LENGTH))) {
    return { type: 'saving', problem: v.problem };
  }
  return null;
}
