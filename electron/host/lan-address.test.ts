import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { findLanAddress, urlFor } from './lan-address';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal: boolean): NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null, scopeid: 0 }) as NetworkInterfaceInfo;

describe('findLanAddress', () => {
  it('skips loopback and IPv6, returning the first external IPv4 address', () => {
    const found = findLanAddress({
      lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
      eth0: [iface('fe80::1', 'IPv6', false), iface('192.168.1.23', 'IPv4', false)],
      wlan0: [iface('10.0.0.5', 'IPv4', false)],
    });
    expect(found).toBe('192.168.1.23');
  });

  it('returns null when the computer is on no network', () => {
    expect(findLanAddress({ lo: [iface('127.0.0.1', 'IPv4', true)], eth0: undefined })).toBeNull();
  });
});

describe('urlFor', () => {
  it('brackets IPv6 literals', () => {
    expect(urlFor('127.0.0.1', 5170)).toBe('http://127.0.0.1:5170/');
    expect(urlFor('::1', 80)).toBe('http://[::1]:80/');
  });
});
