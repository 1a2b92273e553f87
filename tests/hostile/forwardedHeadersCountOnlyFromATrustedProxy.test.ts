import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The look-up budget per address (20 per second, bursts of 200): more than this in a moment must meet 429. */
const LOOKUP_BURST = 200;
const LOOKUPS_PER_SECOND = 20;

describe('X-Forwarded-For', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** Look up a join code no event has, as the given forwarded address; the status says whether the budget held. */
  async function lookUp(forwardedFor: string): Promise<number> {
    const response = await fetch(`${server!.url}/api/join/ZZZZ-ZZZZ`, { headers: { 'X-Forwarded-For': forwardedFor } });
    await response.arrayBuffer();
    return response.status;
  }

  async function lookUpMany(count: number, forwardedFor: (index: number) => string): Promise<number[]> {
    const statuses: number[] = [];
    for (let index = 0; index < count; index++) statuses.push(await lookUp(forwardedFor(index)));
    return statuses;
  }

  function answeredSince(startedAt: number): number {
    return LOOKUP_BURST + Math.ceil((LOOKUPS_PER_SECOND * (Date.now() - startedAt)) / 1000);
  }

  it('does not let a client on loopback pick its own bucket when no proxy is trusted', async () => {
    server = await startTestServer();
    const startedAt = Date.now();
    const statuses = await lookUpMany(LOOKUP_BURST + 100, (index) => `203.0.113.${index % 250}, 198.51.${index >> 8}.${index & 255}`);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(answeredSince(startedAt));
    expect(statuses).toContain(429);
  });

  it('gives distinct forwarded addresses distinct buckets behind a trusted proxy', async () => {
    server = await startTestServer({ trustProxy: 'loopback' });
    for (const address of ['203.0.113.1', '203.0.113.2', '2001:db8::3']) {
      expect(new Set(await lookUpMany(LOOKUP_BURST / 2, () => address))).toEqual(new Set([404]));
    }
  });

  it('keys on the address the trusted proxy appended, whatever the client wrote before it', async () => {
    server = await startTestServer({ trustProxy: 'loopback' });
    const startedAt = Date.now();
    const statuses = await lookUpMany(LOOKUP_BURST + 100, (index) => `198.51.${index >> 8}.${index & 255}, 203.0.113.9`);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(answeredSince(startedAt));
    expect(statuses).toContain(429);
    // Another client behind the same proxy still has its whole budget.
    expect(await lookUp('203.0.113.10')).toBe(404);
  });
});
