import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

// Electron's security checklist, the parts that are decisions rather than
// settings: where links may go, which permissions a page gets, whose IPC
// messages count.

/** Sites a link may open in the user's browser: gov.uk and its subdomains. */
export const EXTERNAL_DOMAINS: readonly string[] = ['gov.uk'];

/** https only, no credentials or odd port, host on the allowlist. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return EXTERNAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The app's own pages: app://studio, or the dev server in development. */
export function isTrustedSenderUrl(senderUrl: string, devUrl: string | null): boolean {
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  // Non-special schemes have an opaque origin ("null") in WHATWG URL, so
  // compare scheme and host rather than origin.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devUrl === null) return false;
  try {
    const dev = new URL(devUrl);
    return url.protocol === dev.protocol && url.host === dev.host;
  } catch {
    return false;
  }
}

/**
 * Permissions our own pages may have; everything else is refused. Copying a
 * join link needs the sanitized clipboard write; Chromium's local network
 * access checks gate the page's requests to the host on 127.0.0.1 and the LAN.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'local-network-access',
  'local-network',
  'loopback-network',
]);

export function isPermissionGranted(permission: string, requestingUrl: string, devUrl: string | null): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isTrustedSenderUrl(requestingUrl, devUrl);
}

/** Deny by default: permission requests, permission checks and device access. */
export function denyPermissionsByDefault(session: Session, devUrl: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, devUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devUrl),
  );
  session.setDevicePermissionHandler(() => false);
}

export type OpenExternal = (url: string) => Promise<void>;

function openIfAllowed(url: string, openExternal: OpenExternal): void {
  if (!isAllowedExternalUrl(url)) return;
  openExternal(url).catch((err: unknown) => console.error(`[security] could not open ${url}:`, err));
}

/**
 * No page navigates away or opens a window; an allowlisted https link opens
 * in the user's browser instead. Applied to every WebContents as it is made.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openIfAllowed(event.url, openExternal);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, openExternal);
    return { action: 'deny' };
  });
}
