import { useEffect, useState } from 'react';
import { hostNow } from './clock-sync';

/** The host's time, refreshed several times a second while mounted. */
export function useHostNow(intervalMs = 250): number {
  const [now, setNow] = useState(hostNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(hostNow()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
