import { Bonjour } from 'bonjour-service';
import { canonicalRoomName } from '../../../shared/room/room-code';
import { ROOM_SERVICE_TYPE } from './lan-announcer';

/** A room some host on this network announced. */
export interface DiscoveredRoom {
  readonly roomName: string;
  /** http://<address>:<port>, the host's address as the join screen takes it. */
  readonly hostUrl: string;
}

/** What a browse reports of one service (bonjour-service's Service, or a test's). */
export interface FoundService {
  readonly port?: unknown;
  readonly addresses?: unknown;
  readonly txt?: unknown;
}

export interface Finder {
  find(options: { type: string }, onUp: (service: FoundService) => void): { stop(): void };
  destroy(callback?: () => void): void;
}

export const DEFAULT_DISCOVERY_MS = 1_500;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** An announcement read defensively: anyone on the network can send one. */
export function roomFromService(service: FoundService): DiscoveredRoom | null {
  const txt = service.txt as Record<string, unknown> | undefined;
  const roomName = typeof txt?.room === 'string' ? canonicalRoomName(txt.room) : null;
  const port = service.port;
  if (roomName === null || typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  const addresses = Array.isArray(service.addresses) ? service.addresses.filter((a): a is string => typeof a === 'string') : [];
  // An IPv4 address a browser can type, not loopback or link-local.
  const address = addresses.find((a) => IPV4.test(a) && !a.startsWith('127.') && !a.startsWith('169.254.') && a.split('.').every((n) => Number(n) <= 255));
  return address ? { roomName, hostUrl: `http://${address}:${port}` } : null;
}

/** Listens for announced rooms for a moment; each room once, sorted by code. Never throws. */
export async function discoverRooms(
  options: { waitMs?: number; create?: () => Finder } = {},
): Promise<DiscoveredRoom[]> {
  let finder: Finder;
  try {
    finder = options.create ? options.create() : (new Bonjour({}, () => undefined) as unknown as Finder);
  } catch {
    return [];
  }
  const found = new Map<string, DiscoveredRoom>();
  const browser = finder.find({ type: ROOM_SERVICE_TYPE }, (service) => {
    const room = roomFromService(service);
    if (room) found.set(`${room.roomName} ${room.hostUrl}`, room);
  });
  await new Promise((resolve) => setTimeout(resolve, options.waitMs ?? DEFAULT_DISCOVERY_MS));
  browser.stop();
  await new Promise<void>((resolve) => {
    finder.destroy(() => resolve());
    setTimeout(resolve, 500).unref();
  });
  return [...found.values()].sort((a, b) => a.roomName.localeCompare(b.roomName) || a.hostUrl.localeCompare(b.hostUrl));
}
