import { describe, expect, it } from 'vitest';
import { lanUrls, parsePublicUrl, serverAddress, type NetworkInterfaces } from './publicAddress.js';

const ipv4 = (address: string, internal = false) =>
  ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '02:00:00:00:00:01', cidr: `${address}/24` }) as const;
const ipv6 = (address: string) =>
  ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '02:00:00:00:00:01', cidr: `${address}/64`, scopeid: 0 }) as const;

const LAPTOP: NetworkInterfaces = {
  lo: [ipv4('127.0.0.1', true)],
  docker0: [ipv4('172.17.0.1')],
  wlan0: [ipv4('192.168.1.20'), ipv6('fd00::20'), ipv6('fe80::1')],
  eth1: [ipv4('169.254.10.3')],
};

describe('the public address', () => {
  it('lists external IPv4 addresses, wifi before container bridges, without loopback or link-local', () => {
    expect(lanUrls(LAPTOP, '0.0.0.0', 3000)).toEqual(['http://192.168.1.20:3000', 'http://172.17.0.1:3000']);
    expect(lanUrls(LAPTOP, '::', 8080)).toEqual(['http://192.168.1.20:8080', 'http://172.17.0.1:8080']);
  });

  it('lists only the bound address, and none for a server bound to loopback', () => {
    expect(lanUrls(LAPTOP, '192.168.1.20', 3000)).toEqual(['http://192.168.1.20:3000']);
    expect(lanUrls(LAPTOP, '127.0.0.1', 3000)).toEqual([]);
    expect(lanUrls({ lo: [ipv4('127.0.0.1', true)] }, '0.0.0.0', 3000)).toEqual([]);
  });

  it('takes an origin as REMBUK_PUBLIC_URL and refuses anything else', () => {
    expect(parsePublicUrl(undefined)).toBeNull();
    expect(parsePublicUrl('')).toBeNull();
    expect(parsePublicUrl('https://rembuk.example.org/')).toBe('https://rembuk.example.org');
    expect(parsePublicUrl('http://10.0.0.5:3000')).toBe('http://10.0.0.5:3000');
    for (const bad of ['rembuk.example.org', 'ftp://x.org', 'https://x.org/rembuk', 'https://x.org/?a=1', 'https://u:p@x.org']) {
      expect(() => parsePublicUrl(bad)).toThrow(/REMBUK_PUBLIC_URL/);
    }
  });

  it('prefers the configured URL, else the first LAN URL, else none', () => {
    const lan = ['http://192.168.1.20:3000'];
    expect(serverAddress('https://r.example.org', lan)).toEqual({ publicUrl: 'https://r.example.org', publicUrlConfigured: true, lanUrls: lan });
    expect(serverAddress(null, lan)).toEqual({ publicUrl: lan[0], publicUrlConfigured: false, lanUrls: lan });
    expect(serverAddress(null, [])).toEqual({ publicUrl: null, publicUrlConfigured: false, lanUrls: [] });
  });
});
