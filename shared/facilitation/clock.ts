// Clock skew against the host, NTP style, and the shared timer's countdown.
// Each laptop asks the host for its clock a few times; for one sample the
// host read its clock somewhere between our send and receive, so our best
// guess is the midpoint, wrong by at most half the round trip. The sample with
// the shortest round trip bounds the error best.

export interface ClockSample {
  /** Our clock when the request left (ms). */
  readonly sentAt: number;
  /** The host's clock in its reply (ms). */
  readonly hostTime: number;
  /** Our clock when the reply arrived (ms). */
  readonly receivedAt: number;
}

export interface ClockSkew {
  /** Add to our clock to get the host's: hostNow = Date.now() + offsetMs. */
  readonly offsetMs: number;
  /** The offset is right to within this many ms (half the best round trip). */
  readonly errorMs: number;
  readonly samples: number;
}

export const NO_SKEW: ClockSkew = Object.freeze({ offsetMs: 0, errorMs: 0, samples: 0 });

/** The offset to the host from samples; null when no sample is usable. */
export function estimateSkew(samples: readonly ClockSample[]): ClockSkew | null {
  let best: { offset: number; rtt: number } | null = null;
  let usable = 0;
  for (const s of samples) {
    const rtt = s.receivedAt - s.sentAt;
    if (![s.sentAt, s.hostTime, s.receivedAt].every(Number.isFinite) || rtt < 0) continue;
    usable++;
    const offset = s.hostTime - (s.sentAt + s.receivedAt) / 2;
    if (!best || rtt < best.rtt) best = { offset, rtt };
  }
  return best ? { offsetMs: Math.round(best.offset), errorMs: Math.ceil(best.rtt / 2), samples: usable } : null;
}

export interface TimerState {
  readonly timerStartedAt: number | null;
  readonly timerSeconds: number;
}

/** Whole seconds left on the shared timer at the host's time `hostNow`; null when stopped. */
export function secondsLeft(timer: TimerState, hostNow: number): number | null {
  if (timer.timerStartedAt === null) return null;
  const endsAt = timer.timerStartedAt + timer.timerSeconds * 1000;
  return Math.max(0, Math.ceil((endsAt - hostNow) / 1000));
}

/** "4:05", or "1:02:03" past an hour. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
