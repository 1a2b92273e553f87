import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { TrustedProxies } from './net/TrustedProxies.js';
import { parsePublicUrl } from './net/publicAddress.js';

export interface ServerConfig {
  port: number;
  /** Host to bind; all interfaces by default so phones on the venue wifi can reach it. */
  host: string;
  /** Where the SQLite file lives (`rembuk.db`). */
  dataDir: string;
  clientDir: string | null;
  /** Per-address budget of Yjs upgrades and socket.io handshakes together: sustained rate and burst. */
  connectsPerSecond: number;
  connectBurst: number;
  /** Reverse proxies whose X-Forwarded-For is believed (`REMBUK_TRUST_PROXY`); none by default. */
  trustedProxies: TrustedProxies;
  /** The origin every printed and projected link uses (`REMBUK_PUBLIC_URL`); null: the first LAN address. */
  publicUrl: string | null;
  /** `REMBUK_DATABASE_URL`: a postgres:// URL selects PgStorage (several nodes); null keeps embedded SQLite. */
  databaseUrl: string | null;
  /** `REMBUK_NODE_ID`: this node's name in logs, metrics and the owner table (default host name and port). */
  nodeId: string;
  /** `REMBUK_METRICS_TOKEN`: the bearer token `GET /metrics` demands; null turns the endpoint off. */
  metricsToken: string | null;
}

/** Shorter tokens could be guessed by someone on the venue wifi trying; 32 random characters is a `openssl rand -hex 16`. */
export const MIN_METRICS_TOKEN_LENGTH = 32;

/** Defaults of the per-address connect limiter: a whole venue may share one NAT address. */
export const DEFAULT_CONNECTS_PER_SECOND = 50;
export const DEFAULT_CONNECT_BURST = 400;

/** Read configuration from the environment once, at start-up (never at import time). */
export function readConfig(env: NodeJS.ProcessEnv, serverDir: string): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.REMBUK_DATA_DIR || './data'),
    clientDir: resolve(serverDir, '..', '..', 'client', 'dist'),
    connectsPerSecond: positiveNumber(env, 'REMBUK_CONNECTS_PER_SECOND', DEFAULT_CONNECTS_PER_SECOND),
    connectBurst: positiveNumber(env, 'REMBUK_CONNECT_BURST', DEFAULT_CONNECT_BURST),
    trustedProxies: TrustedProxies.parse(env.REMBUK_TRUST_PROXY ?? ''),
    publicUrl: parsePublicUrl(env.REMBUK_PUBLIC_URL),
    databaseUrl: databaseUrl(env.REMBUK_DATABASE_URL),
    nodeId: nodeId(env.REMBUK_NODE_ID, port),
    metricsToken: metricsToken(env.REMBUK_METRICS_TOKEN),
  };
}

function databaseUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('REMBUK_DATABASE_URL must be a postgres:// URL');
  return raw;
}

function nodeId(raw: string | undefined, port: number): string {
  const id = raw || `${hostname()}:${port}`;
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(id)) throw new Error(`REMBUK_NODE_ID must be 1–64 letters, digits or . _ : -, got "${id}"`);
  return id;
}

function metricsToken(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (raw.length < MIN_METRICS_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(raw)) {
    throw new Error(`REMBUK_METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} printable characters without spaces`);
  }
  return raw;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function sqliteFile(config: ServerConfig): string {
  return join(config.dataDir, 'rembuk.db');
}
