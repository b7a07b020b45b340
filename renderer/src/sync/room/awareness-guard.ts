import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import { parsePresenceJson } from './presence-state';

/**
 * Checks every awareness update from the room before it counts: a state must
 * be a presence state (presence-state.ts) of at most 2 KiB (one that does not
 * yet say who it is counts as absent, without complaint); a client sending
 * more than its share of updates is ignored for a while. An invalid state
 * counts as that client leaving, so garbage never lingers on screen.
 */
export interface AwarenessGuardOptions {
  /** Updates a client may send in a burst, then `perSecond` more each second. */
  burst?: number;
  perSecond?: number;
  /** A whole update larger than this, or naming more clients, is refused. */
  maxUpdateBytes?: number;
  maxEntries?: number;
  now?: () => number;
  /** Told of each refused state or update (clientId -1 for a whole update). */
  onRefused?: (clientId: number, reason: string) => void;
}

interface Entry {
  clientId: number;
  clock: number;
  json: string;
}

interface Bucket {
  tokens: number;
  at: number;
  flooding: boolean;
}

const MAX_TRACKED_CLIENTS = 1024;

export class AwarenessGuard {
  private readonly buckets = new Map<number, Bucket>();
  private readonly burst: number;
  private readonly perSecond: number;
  private readonly maxUpdateBytes: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  refused = 0;

  constructor(
    private readonly awareness: Awareness,
    private readonly options: AwarenessGuardOptions = {},
  ) {
    this.burst = options.burst ?? 20;
    this.perSecond = options.perSecond ?? 5;
    this.maxUpdateBytes = options.maxUpdateBytes ?? 64 * 1024;
    this.maxEntries = options.maxEntries ?? 256;
    this.now = options.now ?? (() => Date.now());
  }

  /** True while this client's updates are being ignored for flooding. */
  isFlooding(clientId: number): boolean {
    const bucket = this.buckets.get(clientId);
    if (!bucket?.flooding) return false;
    this.refill(bucket);
    return bucket.flooding;
  }

  /** Applies what is acceptable in a peer's awareness update. Never throws. */
  apply(update: Uint8Array, origin: unknown): void {
    if (update.length > this.maxUpdateBytes) return this.refuse(-1, 'update too large');
    let entries: Entry[];
    try {
      entries = this.decode(update);
    } catch {
      return this.refuse(-1, 'unreadable update');
    }
    const kept: Entry[] = [];
    for (const entry of entries) {
      const { apply } = this.check(entry);
      if (apply !== null) kept.push(apply);
    }
    if (kept.length === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kept.length);
    for (const { clientId, clock, json } of kept) {
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, json);
    }
    try {
      applyAwarenessUpdate(this.awareness, encoding.toUint8Array(encoder), origin);
    } catch {
      this.refuse(-1, 'could not be applied');
    }
  }

  /**
   * All or nothing, for a provider that applies the update itself (the relay
   * client): true when every new state in it is acceptable.
   */
  accepts(update: Uint8Array): boolean {
    if (update.length > this.maxUpdateBytes) {
      this.refuse(-1, 'update too large');
      return false;
    }
    let entries: Entry[];
    try {
      entries = this.decode(update);
    } catch {
      this.refuse(-1, 'unreadable update');
      return false;
    }
    return entries.map((entry) => this.check(entry).verdict).every((verdict) => verdict !== 'refused');
  }

  private decode(update: Uint8Array): Entry[] {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > this.maxEntries) throw new Error('too many entries');
    const entries = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      entries.push({ clientId, clock, json });
    }
    return entries;
  }

  /** Whether the entry may count, and what to apply for it (possibly a departure), if anything. */
  private check(entry: Entry): { verdict: 'ok' | 'stale' | 'refused'; apply: Entry | null } {
    const { clientId, clock } = entry;
    // Our own client: y-protocols answers a peer that overwrites us by re-sending ours.
    if (clientId === this.awareness.clientID) return { verdict: 'ok', apply: entry };
    const known = this.awareness.meta.get(clientId)?.clock ?? 0;
    // Already seen (the same update reaches us by mesh and relay): costs nothing.
    if (clock < known || (clock === known && this.awareness.meta.has(clientId) && entry.json !== 'null')) {
      return { verdict: 'stale', apply: null };
    }
    if (!this.take(clientId)) {
      this.refuse(clientId, 'too many updates');
      return { verdict: 'refused', apply: null };
    }
    const parsed = parsePresenceJson(entry.json);
    // A laptop that has not said who it is yet (a hand or a caret first) is not present: stored as gone, not refused.
    if (parsed.ok) return { verdict: 'ok', apply: parsed.state === null ? { clientId, clock, json: 'null' } : entry };
    this.refuse(clientId, parsed.reason);
    // Shown as gone rather than left with an older state.
    return { verdict: 'refused', apply: this.awareness.states.has(clientId) ? { clientId, clock, json: 'null' } : null };
  }

  private take(clientId: number): boolean {
    let bucket = this.buckets.get(clientId);
    if (!bucket) {
      if (this.buckets.size >= MAX_TRACKED_CLIENTS) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
      bucket = { tokens: this.burst, at: this.now(), flooding: false };
      this.buckets.set(clientId, bucket);
    }
    this.refill(bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return true;
    }
    bucket.flooding = true;
    return false;
  }

  private refill(bucket: Bucket): void {
    const now = this.now();
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    // A flooding client is forgiven once it has been quiet long enough to refill half its burst.
    if (bucket.flooding && bucket.tokens >= this.burst / 2) bucket.flooding = false;
  }

  private refuse(clientId: number, reason: string): void {
    this.refused += 1;
    this.options.onRefused?.(clientId, reason);
  }
}
