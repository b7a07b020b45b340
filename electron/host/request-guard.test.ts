import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from './request-guard';

describe('isAllowedHost', () => {
  const names = ['localhost', 'facilitator-laptop'];

  it('accepts IP literals and known names, with or without a port', () => {
    expect(isAllowedHost('127.0.0.1:5170', names)).toBe(true);
    expect(isAllowedHost('192.168.1.4:5170', names)).toBe(true);
    expect(isAllowedHost('[::1]:5170', names)).toBe(true);
    expect(isAllowedHost('localhost:5170', names)).toBe(true);
    expect(isAllowedHost('Facilitator-Laptop', names)).toBe(true);
  });

  it('refuses other names (DNS rebinding) and a missing header', () => {
    expect(isAllowedHost('evil.example:5170', names)).toBe(false);
    expect(isAllowedHost(undefined, names)).toBe(false);
    expect(isAllowedHost('', names)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('allows the page\'s own origin and clients that send none', () => {
    expect(isAllowedOrigin('http://127.0.0.1:5170', '127.0.0.1:5170', [])).toBe(true);
    expect(isAllowedOrigin(undefined, '127.0.0.1:5170', [])).toBe(true);
  });

  it('refuses another site, unless listed', () => {
    expect(isAllowedOrigin('http://evil.example', '127.0.0.1:5170', [])).toBe(false);
    expect(isAllowedOrigin('null', '127.0.0.1:5170', [])).toBe(false);
    expect(isAllowedOrigin('app://studio', '127.0.0.1:5170', ['app://studio'])).toBe(true);
  });
});
