import { describe, expect, it, vi } from 'vitest';
import { LanAnnouncer, ROOM_SERVICE_TYPE, type Advertiser } from './lan-announcer';
import { roomFromService } from './lan-discovery';

function fakeAdvertiser() {
  const published: { name: string; type: string; port: number; txt: Record<string, string> }[] = [];
  const stopped: string[] = [];
  let destroyed = 0;
  const advertiser: Advertiser = {
    publish: (config) => {
      published.push(config);
      return { stop: (done) => { stopped.push(config.txt.room!); done?.(); } };
    },
    destroy: (done) => { destroyed += 1; done?.(); },
  };
  return { advertiser, published, stopped, destroyed: () => destroyed };
}

describe('LanAnnouncer', () => {
  it('announces each room once, by its code and port only, and withdraws it', async () => {
    const fake = fakeAdvertiser();
    const create = vi.fn(() => fake.advertiser);
    const announcer = new LanAnnouncer(create, () => undefined);
    announcer.announce('K7MQ3X', 5170);
    announcer.announce('K7MQ3X', 5170);
    announcer.announce('NORTH7', 5170);
    expect(create).toHaveBeenCalledTimes(1);
    expect(fake.published).toEqual([
      { name: 'Small Changes Studio room K7MQ3X', type: ROOM_SERVICE_TYPE, port: 5170, txt: { room: 'K7MQ3X', v: '1' }, disableIPv6: true },
      { name: 'Small Changes Studio room NORTH7', type: ROOM_SERVICE_TYPE, port: 5170, txt: { room: 'NORTH7', v: '1' }, disableIPv6: true },
    ]);
    announcer.withdraw('K7MQ3X');
    expect(fake.stopped).toEqual(['K7MQ3X']);
    await announcer.close();
    expect(fake.stopped).toEqual(['K7MQ3X', 'NORTH7']);
    expect(fake.destroyed()).toBe(1);
  });

  it('logs a failure to announce instead of failing the room', () => {
    const log = vi.fn();
    const announcer = new LanAnnouncer(() => { throw new Error('multicast is blocked'); }, log);
    expect(() => announcer.announce('K7MQ3X', 5170)).not.toThrow();
    expect(log).toHaveBeenCalledWith('The room K7MQ3X could not be announced on the network: multicast is blocked. Its code and link still work.');
  });
});

describe('roomFromService (anyone on the network can announce anything)', () => {
  const good = { port: 5170, addresses: ['fe80::1', '192.168.1.20'], txt: { room: 'k7mq3x', v: '1' } };

  it('reads a room: its canonical code and an IPv4 address a browser can type', () => {
    expect(roomFromService(good)).toEqual({ roomName: 'K7MQ3X', hostUrl: 'http://192.168.1.20:5170' });
  });

  it('ignores what is not a room announcement', () => {
    for (const bad of [
      { ...good, txt: undefined },
      { ...good, txt: { room: 'not a room!' } },
      { ...good, txt: { room: 42 } },
      { ...good, port: '5170' },
      { ...good, port: 70000 },
      { ...good, addresses: ['fe80::1'] },
      { ...good, addresses: ['127.0.0.1', '169.254.3.4'] },
      { ...good, addresses: ['999.1.1.1'] },
      { ...good, addresses: 'http://evil.example/' },
    ]) {
      expect(roomFromService(bad)).toBeNull();
    }
  });
});
