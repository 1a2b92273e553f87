import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

const read = (env: NodeJS.ProcessEnv) => readConfig(env, '/srv/rembuk/server/dist');

describe('readConfig for the store, node id and metrics', () => {
  it('keeps embedded SQLite, names the node by host and port, and leaves metrics off by default', () => {
    const config = read({ PORT: '3000' });
    expect(config.databaseUrl).toBeNull();
    expect(config.nodeId).toBe(`${hostname()}:3000`);
    expect(config.metricsToken).toBeNull();
  });

  it('selects PostgreSQL for a postgres:// URL and refuses anything else', () => {
    expect(read({ REMBUK_DATABASE_URL: 'postgres://rembuk@db:5432/rembuk' }).databaseUrl).toBe('postgres://rembuk@db:5432/rembuk');
    expect(read({ REMBUK_DATABASE_URL: 'postgresql://db/rembuk' }).databaseUrl).toBe('postgresql://db/rembuk');
    expect(() => read({ REMBUK_DATABASE_URL: 'mysql://db/rembuk' })).toThrow(/postgres:\/\//);
  });

  it('takes a node id of safe characters only (it is written into every log line)', () => {
    expect(read({ REMBUK_NODE_ID: 'node-a.1' }).nodeId).toBe('node-a.1');
    expect(() => read({ REMBUK_NODE_ID: 'node a' })).toThrow(/REMBUK_NODE_ID/);
    expect(() => read({ REMBUK_NODE_ID: '"},{"level":"fatal' })).toThrow(/REMBUK_NODE_ID/);
    expect(() => read({ REMBUK_NODE_ID: 'n'.repeat(65) })).toThrow(/REMBUK_NODE_ID/);
  });

  it('refuses a metrics token short enough to guess from the venue wifi', () => {
    expect(read({ REMBUK_METRICS_TOKEN: 'a'.repeat(32) }).metricsToken).toBe('a'.repeat(32));
    expect(() => read({ REMBUK_METRICS_TOKEN: 'secret' })).toThrow(/REMBUK_METRICS_TOKEN/);
    expect(() => read({ REMBUK_METRICS_TOKEN: `${'a'.repeat(32)} b` })).toThrow(/REMBUK_METRICS_TOKEN/);
  });
});
