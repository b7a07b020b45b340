import { Bonjour } from 'bonjour-service';
import { isRoomName } from '../../../shared/room/room-code';

// LAN discovery (mDNS/DNS-SD): a host on the network tells the room's laptops
// that a room is open here, by its code, so the desktop app can offer it
// without anyone typing the host's address. Only the code and the port are
// announced, never the secret: joining still needs the secret. Code and link
// always work without this (multicast is often blocked on council Wi-Fi).

export const ROOM_SERVICE_TYPE = 'small-changes';
export const ROOM_SERVICE_VERSION = '1';

export interface PublishedService {
  stop?: (callback?: () => void) => void;
  on?: (event: 'error', listener: (error: Error) => void) => unknown;
}

/** The part of bonjour-service the announcer uses (tests pass a fake). */
export interface Advertiser {
  publish(config: { name: string; type: string; port: number; txt: Record<string, string>; disableIPv6: boolean }): PublishedService;
  destroy(callback?: () => void): void;
}

/** bonjour-service on one interface (the host's LAN address), or on all of them. */
export function bonjourAdvertiser(address: string | null, onError: (error: Error) => void): Advertiser {
  // multicast-dns reads `interface`; bonjour-service passes its options through.
  const options = (address === null ? {} : { interface: address }) as ConstructorParameters<typeof Bonjour>[0];
  return new Bonjour(options, onError) as unknown as Advertiser;
}

export class LanAnnouncer {
  private advertiser: Advertiser | null = null;
  private readonly services = new Map<string, PublishedService>();

  constructor(
    private readonly create: () => Advertiser,
    private readonly log: (message: string) => void,
  ) {}

  /** Announces a room (once per name); a failure is logged, never thrown: the code and link still work. */
  announce(roomName: string, port: number): void {
    if (!isRoomName(roomName) || this.services.has(roomName)) return;
    try {
      this.advertiser ??= this.create();
      const service = this.advertiser.publish({
        name: `Small Changes Studio room ${roomName}`,
        type: ROOM_SERVICE_TYPE,
        port,
        txt: { room: roomName, v: ROOM_SERVICE_VERSION },
        disableIPv6: true,
      });
      service.on?.('error', (error) => this.log(`The room ${roomName} could not be announced on the network: ${error.message}. Its code and link still work.`));
      this.services.set(roomName, service);
    } catch (error) {
      this.log(`The room ${roomName} could not be announced on the network: ${(error as Error).message}. Its code and link still work.`);
    }
  }

  withdraw(roomName: string): void {
    const service = this.services.get(roomName);
    this.services.delete(roomName);
    service?.stop?.();
  }

  /** Says goodbye on the network (so the room drops off others' lists at once) and closes the socket. */
  close(): Promise<void> {
    const advertiser = this.advertiser;
    this.advertiser = null;
    const services = [...this.services.values()];
    this.services.clear();
    if (!advertiser) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let left = services.length;
      const done = (): void => advertiser.destroy(() => resolve());
      if (left === 0) return done();
      for (const service of services) {
        if (!service.stop) {
          if (--left === 0) done();
          continue;
        }
        service.stop(() => {
          if (--left === 0) done();
        });
      }
      // A goodbye that never completes must not hold the host open.
      setTimeout(done, 1_000).unref();
    });
  }
}
