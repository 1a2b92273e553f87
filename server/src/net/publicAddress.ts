import type { NetworkInterfaceInfo } from 'node:os';
import type { ServerAddress } from '@rembuk/shared';

/** What `os.networkInterfaces()` answers; passed in so tests can describe any machine. */
export type NetworkInterfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * Interfaces no phone on the venue wifi sits behind (container and VM bridges): listed last, so a laptop running
 * Docker still prints its wifi address first.
 */
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|wg|utun|zt)/;

/**
 * `REMBUK_PUBLIC_URL` as the origin links are made of (`https://rembuk.example.org`), or null when unset. The app
 * is served at the root, so a path, query or fragment would make every link wrong: refused at start-up.
 */
export function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`REMBUK_PUBLIC_URL must be an absolute http or https URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`REMBUK_PUBLIC_URL must be an http or https URL, got "${raw}"`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(`REMBUK_PUBLIC_URL must be an origin only (scheme, host, optional port), got "${raw}"`);
  }
  return url.origin;
}

/**
 * The LAN URLs of a server bound to `boundHost`: every external, non-link-local IPv4 address when it listens on all
 * interfaces, that one address when it is bound to it, none when it listens on loopback (no phone reaches it).
 * IPv6 is left out: a phone's browser is far likelier to reach `192.168.x.y` than a `[fd00::…]` typed or scanned.
 */
export function lanUrls(interfaces: NetworkInterfaces, boundHost: string, port: number): string[] {
  const everyInterface = boundHost === '0.0.0.0' || boundHost === '::' || boundHost === '';
  const addresses = Object.entries(interfaces)
    .sort(([a], [b]) => Number(VIRTUAL_INTERFACE.test(a)) - Number(VIRTUAL_INTERFACE.test(b)))
    .flatMap(([, infos]) => infos ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.'))
    .map((info) => info.address)
    .filter((address) => everyInterface || address === boundHost);
  return [...new Set(addresses)].map((address) => `http://${address}:${port}`);
}

/** The answer of `GET /api/server`: the configured public URL, else the first LAN URL. */
export function serverAddress(publicUrl: string | null, lan: string[]): ServerAddress {
  return { publicUrl: publicUrl ?? lan[0] ?? null, publicUrlConfigured: publicUrl !== null, lanUrls: lan };
}
