import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { bearerToken, sendError } from './httpErrors.js';

/** One condition of readiness: null when it holds, else a short reason for the operator (never a secret). */
export type ReadinessCheck = () => Promise<string | null>;

/** A check that takes longer than this counts as failed: a balancer's probe must get an answer, not hang. */
export const READINESS_CHECK_TIMEOUT_MS = 2_000;

export interface OperationRoutesDeps {
  readinessChecks: readonly ReadinessCheck[];
  /** Null: `GET /metrics` is off (404), which it is unless `REMBUK_METRICS_TOKEN` is set. */
  metrics: { token: string; contentType: string; render(): Promise<string> } | null;
}

/**
 * `/readyz` (take traffic?) beside `/healthz` (alive?): a balancer sends nobody to a node whose store does not
 * answer. `/metrics` for Prometheus, readable only with the operator's bearer token: the join code is on the big
 * screen, so anyone on the venue wifi can reach this port.
 */
export function operationRoutes(deps: OperationRoutesDeps): Router {
  const router = Router();
  // Single flight: anyone on the wifi may hammer /readyz; requests that arrive while a check runs share its answer,
  // so they cost the store at most one query at a time (one pool connection), never one each.
  let running: Promise<string | null> | null = null;
  const check = (): Promise<string | null> => {
    running ??= firstFailure(deps.readinessChecks).finally(() => {
      running = null;
    });
    return running;
  };
  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const reason = await check();
    if (reason === null) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not_ready', reason });
  });
  router.get('/metrics', async (req, res) => {
    const metrics = deps.metrics;
    if (!metrics) {
      sendError(res, 404, 'not_found', 'Metrics are off (set REMBUK_METRICS_TOKEN).');
      return;
    }
    if (!sameSecret(bearerToken(req.headers.authorization), metrics.token)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      sendError(res, 401, 'unauthorized', 'Metrics need the operator token.');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.contentType).send(await metrics.render());
  });
  return router;
}

async function firstFailure(checks: readonly ReadinessCheck[]): Promise<string | null> {
  const reasons = await Promise.all(checks.map((check) => withTimeout(check)));
  return reasons.find((reason) => reason !== null) ?? null;
}

async function withTimeout(check: ReadinessCheck): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`a check did not answer within ${READINESS_CHECK_TIMEOUT_MS} ms`), READINESS_CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch(() => 'a readiness check failed'), late]);
  } finally {
    clearTimeout(timer);
  }
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The built-in check: the store answers a trivial query. */
export function storeReachable(ping: () => Promise<void>): ReadinessCheck {
  return () => ping().then(() => null, () => 'store unreachable');
}
