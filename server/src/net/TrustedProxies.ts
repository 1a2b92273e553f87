import { BlockList, isIP } from 'node:net';

/** What `REMBUK_TRUST_PROXY` may name besides addresses and ranges. */
const LOOPBACK = 'loopback';

/**
 * The reverse proxies whose `X-Forwarded-For` the server believes: none unless the operator names them
 * (`REMBUK_TRUST_PROXY`). A comma-separated list of IPv4 or IPv6 addresses and CIDR ranges; `loopback` stands
 * for `127.0.0.0/8` and `::1`. IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are matched as the IPv4 address.
 *
 * ```ts
 * const trusted = TrustedProxies.parse('loopback, 10.0.0.0/8');
 * trusted.trusts('::ffff:127.0.0.1'); // true
 * ```
 */
export class TrustedProxies {
  private constructor(private readonly list: BlockList) {}

  /** Throws on an entry that is no address, range or `loopback`, naming it: a typo must not trust nothing silently. */
  static parse(raw: string): TrustedProxies {
    const list = new BlockList();
    for (const entry of raw.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
      if (entry.toLowerCase() === LOOPBACK) {
        list.addSubnet('127.0.0.0', 8, 'ipv4');
        list.addAddress('::1', 'ipv6');
        continue;
      }
      const [address = '', prefix, ...rest] = entry.split('/');
      const family = isIP(address);
      if (family === 0 || rest.length > 0) throw new Error(`REMBUK_TRUST_PROXY: "${entry}" is no IP address, CIDR range or "${LOOPBACK}"`);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) {
        list.addAddress(address, type);
        continue;
      }
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`REMBUK_TRUST_PROXY: "${entry}" has no valid prefix length`);
      list.addSubnet(address, bits, type);
    }
    return new TrustedProxies(list);
  }

  /** Whether this address (as `normalizeAddress` returns it) is a proxy the operator named. */
  trusts(address: string): boolean {
    const family = isIP(address);
    if (family === 0) return false;
    return this.list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  }
}

/**
 * An address as a socket or a proxy reports it, in the one form buckets are keyed on, or null when it is none:
 * brackets and ports (`[::1]:443`, `10.0.0.1:5000`) and zone ids dropped, IPv4-mapped IPv6 as plain IPv4.
 */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) === 0 ? null : address.toLowerCase();
}
