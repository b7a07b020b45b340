import { useEffect, useState } from 'react';
import { hostInfo, isDesktopApp } from '../ipc/client';
import { hostHttpBase } from '../sync/host-url';

let cached: Promise<string | null> | null = null;

/** The host's http origin: undefined while asking, null when there is none. */
export function useHostBase(): string | null | undefined {
  const [base, setBase] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    cached ??= hostHttpBase(hostInfo, isDesktopApp);
    let live = true;
    cached.then((value) => live && setBase(value));
    return () => {
      live = false;
    };
  }, []);
  return base;
}
