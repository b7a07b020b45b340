import { estimateSkew, type ClockSample, type ClockSkew } from '../../../../shared/facilitation/clock';
import { useFacilitationStore } from './facilitation-store';

const SAMPLES = 5;

/**
 * Asks the host for its clock a few times (GET /api/time) and estimates this
 * laptop's offset to it; the sample with the shortest round trip wins.
 * Returns null when the host cannot be reached (the timer then uses this laptop's clock).
 */
export async function measureSkew(hostBase: string, fetchImpl: typeof fetch = fetch): Promise<ClockSkew | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    try {
      const sentAt = Date.now();
      const response = await fetchImpl(new URL('/api/time', hostBase), { cache: 'no-store' });
      const receivedAt = Date.now();
      if (!response.ok) continue;
      const body: unknown = await response.json();
      const now = typeof body === 'object' && body !== null ? (body as { now?: unknown }).now : undefined;
      if (typeof now === 'number') samples.push({ sentAt, hostTime: now, receivedAt });
    } catch {
      // A dropped sample: the others still count.
    }
  }
  return estimateSkew(samples);
}

/** The host's time now, as this laptop measures it. */
export function hostNow(): number {
  return Date.now() + useFacilitationStore.getState().skew.offsetMs;
}

/** Measures now and then every minute (laptops' clocks drift); returns the stop function. */
export function keepClockInStep(hostBase: string): () => void {
  let stopped = false;
  const run = async () => {
    const skew = await measureSkew(hostBase);
    if (!stopped && skew) useFacilitationStore.setState({ skew });
  };
  void run();
  const timer = setInterval(() => void run(), 60_000);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
