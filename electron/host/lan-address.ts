import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = Record<string, NetworkInterfaceInfo[] | undefined>;

/** The first non-internal IPv4 address, the one others in the room can reach. */
export function findLanAddress(interfaces: Interfaces = networkInterfaces()): string | null {
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0–18.3 reported family as the number 4.
      const family: unknown = info.family;
      if ((family === 'IPv4' || family === 4) && !info.internal) return info.address;
    }
  }
  return null;
}

/** http://host:port/ with IPv6 literals bracketed. */
export function urlFor(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}
