import { CHANNELS, EVENTS, eventMethodName, methodName } from '../../../shared/ipc/channels';
import type { AppVersion, HostInfo, StudioApi } from '../../../shared/ipc/contract';
import { errorMessage, fail } from '../../../shared/ipc/envelope';
import { parseEnvelope, parsePayload } from '../../../shared/ipc/validate';
import { createBrowserFallback } from './browser-fallback';

// The renderer's one way to reach main. Inside Electron it calls the
// preload's `window.studio`; in a browser it falls back to browser
// implementations. Either way every call resolves to an envelope, typed from
// the contract, and never rejects.

declare global {
  interface Window {
    /** Exposed by electron/preload; absent in a plain browser. */
    readonly studio?: StudioApi;
  }
}

type AnyCall = (...args: unknown[]) => Promise<unknown>;
type AnySubscribe = (listener: (payload: unknown) => void) => () => void;

/**
 * Checks each reply from the bridge against the contract (a rejected call
 * becomes an error envelope), and each message from main before a listener
 * sees it (a malformed one is dropped with a warning).
 */
export function wrapBridge(bridge: StudioApi): StudioApi {
  const api: Record<string, AnyCall | AnySubscribe> = {};
  for (const channel of CHANNELS) {
    const method = methodName(channel);
    api[method] = async (...args: unknown[]) => {
      try {
        const call = (bridge as unknown as Record<string, AnyCall | undefined>)[method];
        if (typeof call !== 'function') return fail(`The desktop app does not offer ${channel}. Is it up to date?`);
        return parseEnvelope(channel, await call(...args));
      } catch (err) {
        return fail(errorMessage(err));
      }
    };
  }
  for (const event of EVENTS) {
    const method = eventMethodName(event);
    api[method] = (listener: (payload: unknown) => void) => {
      const subscribe = (bridge as unknown as Record<string, AnySubscribe | undefined>)[method];
      if (typeof subscribe !== 'function') return () => undefined;
      return subscribe((payload) => {
        const checked = parsePayload(event, payload);
        if (checked.ok) listener(checked.data);
        else console.warn(`[ipc] ${checked.error}`);
      });
    };
  }
  return Object.freeze(api) as unknown as StudioApi;
}

export function createStudioClient(bridge: StudioApi | undefined, fallback: () => StudioApi): StudioApi {
  return bridge === undefined ? fallback() : wrapBridge(bridge);
}

let client: StudioApi | null = null;

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: preferences live for this visit only
  }
}

/** The client for this page, made on first use. */
export function studioClient(): StudioApi {
  client ??= createStudioClient(window.studio, () =>
    createBrowserFallback({ location: window.location, userAgent: navigator.userAgent, storage: safeLocalStorage() }),
  );
  return client;
}

/** True inside the Electron app, false in a browser. */
export function isDesktopApp(): boolean {
  return window.studio !== undefined;
}

/** The app's and runtime's versions, or null (with a console warning) on failure. */
export async function appVersion(): Promise<AppVersion | null> {
  const reply = await studioClient().appVersion();
  if (reply.ok) return reply.data;
  console.warn(`[ipc] app:version: ${reply.error}`);
  return null;
}

/** Where the workshop host listens, or null (with a console warning) when there is none. */
export async function hostInfo(): Promise<HostInfo | null> {
  const reply = await studioClient().appHostInfo();
  if (reply.ok) return reply.data;
  console.warn(`[ipc] app:hostInfo: ${reply.error}`);
  return null;
}
