import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { SharedLimiter } from '../net/SharedLimiter.js';

export interface SharedLimitOptions {
  /** Keeps the budgets apart in the one table (`lookup`, `create`). */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * A budget counted in PostgreSQL (rate-limiter-flexible's fixed window, one upsert per request) so that N nodes
 * do not grant N times as many join-code guesses or event creations. The table is made by the migration
 * (`rate_limits`); rows expire with their window and are deleted within the hour after.
 */
export function pgSharedLimiter(pool: pg.Pool, options: SharedLimitOptions): SharedLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: 'rate_limits',
    tableCreated: true,
    keyPrefix: options.name,
    points: options.points,
    duration: options.durationSeconds,
  });
  return {
    take: (key) =>
      limiter.consume(key).then(
        () => true,
        (refusal: unknown) => {
          if (refusal instanceof RateLimiterRes) return false;
          throw refusal instanceof Error ? refusal : new Error('the shared rate limit could not be read');
        },
      ),
  };
}

/** The local budgets (20 a second, bursts of 200; creation 1 a second, bursts of 20) as fixed windows across nodes. */
export const SHARED_LOOKUP_LIMIT: SharedLimitOptions = { name: 'lookup', points: 200, durationSeconds: 10 };
export const SHARED_CREATION_LIMIT: SharedLimitOptions = { name: 'create', points: 20, durationSeconds: 20 };
