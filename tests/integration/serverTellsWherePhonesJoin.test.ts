import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackHost, ServerAddress } from '@rembuk/shared';
import type { NetworkInterfaces } from '@rembuk/server';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A laptop on the venue wifi that also runs Docker. */
const LAPTOP: NetworkInterfaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' }],
  docker0: [{ address: '172.17.0.1', family: 'IPv4', internal: false, netmask: '255.255.0.0', mac: '02:42:ac:11:00:01', cidr: '172.17.0.1/16' }],
  wlan0: [
    { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '02:00:00:00:00:01', cidr: '192.168.1.20/24' },
    { address: 'fe80::1', family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '02:00:00:00:00:01', cidr: 'fe80::1/64', scopeid: 3 },
  ],
};

describe('GET /api/server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function askServer(current: TestServer): Promise<ServerAddress> {
    const response = await fetch(`${current.url}/api/server`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return ServerAddress.parse(await response.json());
  }

  it('answers REMBUK_PUBLIC_URL when it is set, and still lists the LAN addresses', async () => {
    server = await startTestServer({ publicUrl: 'https://rembuk.example.org', host: '0.0.0.0', networkInterfaces: () => LAPTOP });
    expect(await askServer(server)).toEqual({
      publicUrl: 'https://rembuk.example.org',
      publicUrlConfigured: true,
      lanUrls: [`http://192.168.1.20:${server.port}`, `http://172.17.0.1:${server.port}`],
    });
  });

  it('answers the wifi address with the bound port when nothing is configured', async () => {
    server = await startTestServer({ host: '0.0.0.0', networkInterfaces: () => LAPTOP });
    expect(await askServer(server)).toEqual({
      publicUrl: `http://192.168.1.20:${server.port}`,
      publicUrlConfigured: false,
      lanUrls: [`http://192.168.1.20:${server.port}`, `http://172.17.0.1:${server.port}`],
    });
  });

  it('answers no address for a server that listens on loopback only', async () => {
    server = await startTestServer({ host: '127.0.0.1', networkInterfaces: () => LAPTOP });
    expect(await askServer(server)).toEqual({ publicUrl: null, publicUrlConfigured: false, lanUrls: [] });
  });

  it('lists only addresses a phone could reach from this machine’s real interfaces', async () => {
    server = await startTestServer({ host: '0.0.0.0' });
    const address = await askServer(server);
    for (const url of address.lanUrls) {
      const { hostname, port } = new URL(url);
      expect(isLoopbackHost(hostname)).toBe(false);
      expect(hostname).toMatch(/^\d{1,3}(\.\d{1,3}){3}$/);
      expect(hostname.startsWith('169.254.')).toBe(false);
      expect(port).toBe(String(server.port));
    }
    expect(address.publicUrl).toBe(address.lanUrls[0] ?? null);
  });

  it('is described in the OpenAPI document', async () => {
    server = await startTestServer();
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, { get?: unknown }> };
    expect(document.paths['/api/server']?.get).toBeDefined();
  });
});
