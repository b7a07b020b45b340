// Limits shared by the room's WebSocket endpoints: how many sockets one
// address (and everyone) may hold, and how fast one socket may talk.

export interface RateLimit {
  /** Messages a socket may send at once after a quiet spell. */
  burst: number;
  /** Messages per second it may keep sending. */
  perSecond: number;
}

/** A token bucket: `take()` is false once the socket talks faster than allowed. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = limit.burst;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((t - this.last) / 1000) * this.limit.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export interface ConnectionLimit {
  perAddress: number;
  total: number;
}

/** Counts open sockets per remote address. */
export class ConnectionCounter {
  private readonly byAddress = new Map<string, number>();
  private total = 0;

  constructor(private readonly limit: ConnectionLimit) {}

  get size(): number {
    return this.total;
  }

  /** Why a new socket from `address` is refused, or null (and it is counted). */
  admit(address: string): string | null {
    if (this.total >= this.limit.total) return 'The room is full: too many connections to this host.';
    const n = this.byAddress.get(address) ?? 0;
    if (n >= this.limit.perAddress) return 'Too many connections from this computer.';
    this.byAddress.set(address, n + 1);
    this.total += 1;
    return null;
  }

  release(address: string): void {
    const n = this.byAddress.get(address) ?? 0;
    if (n <= 1) this.byAddress.delete(address);
    else this.byAddress.set(address, n - 1);
    this.total = Math.max(0, this.total - 1);
  }
}
