/**
 * Where the host lives. Inside the desktop app the page comes from the app
 * protocol (or Vite in development) and the in-process host's address is asked
 * over IPC; in a browser the page came from the host, so it is its own origin.
 */
export async function hostHttpBase(
  hostInfo: () => Promise<{ url: string } | null>,
  isDesktopApp: () => boolean,
): Promise<string | null> {
  if (isDesktopApp()) {
    const info = await hostInfo().catch(() => null);
    return info ? new URL(info.url).origin : null;
  }
  if (location.protocol === 'http:' || location.protocol === 'https:') return location.origin;
  return null;
}

/** http → ws, https → wss; path and query are not part of the base. */
export function toWebSocketUrl(httpUrl: string): string {
  return new URL(httpUrl).origin.replace(/^http/, 'ws');
}
