import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './clientAddress.js';
import { TrustedProxies } from './TrustedProxies.js';

/** Only what the rule reads: the TCP peer and the headers. */
function request(remoteAddress: string, forwardedFor?: string | string[]): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

const proxyOnThisMachine = TrustedProxies.parse('loopback');

describe('clientAddress', () => {
  it('keys on the TCP peer and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(request('::ffff:127.0.0.1', '203.0.113.7'))).toBe('127.0.0.1');
    expect(clientAddress(request('198.51.100.2', '203.0.113.7'), TrustedProxies.parse(''))).toBe('198.51.100.2');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress(request('198.51.100.2', '203.0.113.7'), proxyOnThisMachine)).toBe('198.51.100.2');
  });

  it('takes the address the trusted proxy appended, not what the client put before it', () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.7'), proxyOnThisMachine)).toBe('203.0.113.7');
    expect(clientAddress(request('127.0.0.1', '1.1.1.1, 2.2.2.2, 203.0.113.7'), proxyOnThisMachine)).toBe('203.0.113.7');
    expect(clientAddress(request('127.0.0.1', ['1.1.1.1', '203.0.113.7']), proxyOnThisMachine)).toBe('203.0.113.7');
  });

  it('walks past every trusted hop to the right-most untrusted one', () => {
    const chain = TrustedProxies.parse('loopback, 10.0.0.0/8');
    expect(clientAddress(request('127.0.0.1', '6.6.6.6, 203.0.113.7, 10.0.0.5, 10.0.0.9'), chain)).toBe('203.0.113.7');
  });

  it('stops at the last trusted hop when an entry is no address or every entry is trusted', () => {
    const chain = TrustedProxies.parse('loopback, 10.0.0.0/8');
    expect(clientAddress(request('127.0.0.1', 'spoofed-name, 10.0.0.5'), chain)).toBe('10.0.0.5');
    expect(clientAddress(request('127.0.0.1', '10.0.0.5'), chain)).toBe('10.0.0.5');
    expect(clientAddress(request('127.0.0.1', ''), chain)).toBe('127.0.0.1');
    expect(clientAddress(request('127.0.0.1'), chain)).toBe('127.0.0.1');
  });
});
