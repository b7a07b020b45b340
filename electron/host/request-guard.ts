import { isIP } from 'node:net';
import { hostname } from 'node:os';

// DNS rebinding: a web page on evil.example can point its own name at
// 127.0.0.1 and then read this server as "same origin". Requests therefore
// must name this host by IP address, `localhost` or this computer's name,
// and WebSocket upgrades from browsers must come from this very origin.

function hostnameOf(hostHeader: string): string | null {
  const trimmed = hostHeader.trim().toLowerCase();
  if (trimmed.startsWith('[')) {
    const end = trimmed.indexOf(']');
    return end > 0 ? trimmed.slice(1, end) : null;
  }
  const colon = trimmed.lastIndexOf(':');
  return colon >= 0 ? trimmed.slice(0, colon) : trimmed;
}

export function defaultAllowedHostnames(): string[] {
  const name = hostname().toLowerCase();
  return ['localhost', name, `${name}.local`];
}

export function isAllowedHost(hostHeader: string | undefined, allowedHostnames: readonly string[]): boolean {
  if (hostHeader === undefined) return false;
  const name = hostnameOf(hostHeader);
  if (name === null || name === '') return false;
  return isIP(name) !== 0 || allowedHostnames.includes(name);
}

/** Browsers always send Origin on a WebSocket upgrade; other clients may not. */
export function isAllowedOrigin(
  origin: string | undefined,
  hostHeader: string | undefined,
  extraOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (extraOrigins.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === hostHeader?.toLowerCase();
  } catch {
    return false;
  }
}
