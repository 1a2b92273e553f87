import { describe, expect, it } from 'vitest';
import { normalizeAddress, TrustedProxies } from './TrustedProxies.js';

describe('TrustedProxies', () => {
  it('trusts nothing when nothing is named', () => {
    const trusted = TrustedProxies.parse('');
    for (const address of ['127.0.0.1', '::1', '10.0.0.1']) expect(trusted.trusts(address)).toBe(false);
  });

  it('trusts loopback, single addresses and CIDR ranges of both families', () => {
    const trusted = TrustedProxies.parse(' loopback , 10.1.2.3, 192.168.0.0/16, fd00::/8 ');
    for (const address of ['127.0.0.1', '127.9.9.9', '::1', '10.1.2.3', '192.168.44.5', 'fd12::1']) expect(trusted.trusts(address)).toBe(true);
    for (const address of ['10.1.2.4', '192.169.0.1', 'fe80::1', '8.8.8.8', 'not an address']) expect(trusted.trusts(address)).toBe(false);
  });

  it('refuses an entry that is no address, range or loopback, naming it', () => {
    expect(() => TrustedProxies.parse('loopback, nginx')).toThrow('"nginx"');
    expect(() => TrustedProxies.parse('10.0.0.0/33')).toThrow('"10.0.0.0/33"');
    expect(() => TrustedProxies.parse('10.0.0.0/8/8')).toThrow('"10.0.0.0/8/8"');
    expect(() => TrustedProxies.parse('10.0.0.0/x')).toThrow('"10.0.0.0/x"');
  });
});

describe('normalizeAddress', () => {
  it('drops ports, brackets and zone ids and reads IPv4-mapped IPv6 as IPv4', () => {
    expect(normalizeAddress(' ::ffff:127.0.0.1 ')).toBe('127.0.0.1');
    expect(normalizeAddress('10.0.0.1:5000')).toBe('10.0.0.1');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
  });

  it('answers null for anything that is no address', () => {
    for (const raw of ['', 'unknown', 'evil.example', '1.2.3', '<script>']) expect(normalizeAddress(raw)).toBeNull();
  });
});
