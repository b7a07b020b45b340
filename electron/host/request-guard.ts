import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

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

/** The desktop app's page origin (electron/main/app-protocol.ts serves the renderer from it). */
export const DESKTOP_APP_ORIGIN = 'app://studio';

/**
 * The room's endpoints (/signal, /relay) take the join token as their
 * credential, and carry only ciphertext: besides the page's own origin, any
 * host accepts the desktop app there, so the app can join a room on a
 * colleague's laptop. Other origins stay refused (a web page must not make a
 * visitor's browser knock on the LAN with a token it somehow learned).
 */
export function isAllowedRoomOrigin(
  origin: string | undefined,
  hostHeader: string | undefined,
  extraOrigins: readonly string[],
): boolean {
  return origin === DESKTOP_APP_ORIGIN || isAllowedOrigin(origin, hostHeader, extraOrigins);
}

// The plaintext parts of the host (/sync, /api/workshops) are for apps on
// this computer only: the facilitator's own app saves through them. Anyone
// else on the network uses the room's encrypted relay and signaling.

/** Every address of this computer's own network interfaces. */
export function ownAddresses(): string[] {
  const out: string[] = [];
  for (const infos of Object.values(networkInterfaces())) for (const info of infos ?? []) out.push(info.address);
  return out;
}

function plainAddress(address: string): string {
  const lower = address.toLowerCase();
  const unzoned = lower.includes('%') ? lower.slice(0, lower.indexOf('%')) : lower;
  return unzoned.startsWith('::ffff:') && unzoned.includes('.') ? unzoned.slice(7) : unzoned;
}

/**
 * Whether a connection comes from this computer: loopback, or one of its own
 * addresses (a host bound to its LAN address sees its own app arrive from it).
 */
export function isLocalAddress(remote: string | undefined, own: readonly string[]): boolean {
  if (remote === undefined) return false;
  const address = plainAddress(remote);
  if (address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)) return true;
  return own.some((mine) => plainAddress(mine) === address);
}

export const LOCAL_ONLY_MESSAGE =
  'This part of the host answers only apps on the computer it runs on. To join a room from another computer, open the join link the facilitator shares.';

/** CORS for the JSON API: only the listed page origins (the desktop app's) may read it cross-origin. */
export function corsOrigin(origin: string | undefined, allowedOrigins: readonly string[]): string | null {
  return origin !== undefined && allowedOrigins.includes(origin) ? origin : null;
}
