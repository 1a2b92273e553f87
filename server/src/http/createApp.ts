import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ServerAddress } from '@rembuk/shared';
import type { AuthStore } from '../auth/authorize.js';
import type { RealtimeControl } from '../events/RealtimeControl.js';
import type { Logger } from '../util/logger.js';
import type { BoardRegistry } from '../yjs/BoardRegistry.js';
import { accessRoutes } from './accessRoutes.js';
import { eventRoutes } from './eventRoutes.js';
import { exportRoutes, type ExportRoutesDeps } from './exportRoutes.js';
import { sendError } from './httpErrors.js';
import { openApiDocument } from './openApiDocument.js';
import { operationRoutes, type OperationRoutesDeps } from './operationRoutes.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';
import { serveClient } from './serveClient.js';

export interface AppDeps {
  store: AuthStore;
  realtime: RealtimeControl;
  registry: BoardRegistry;
  /** Vote totals per card, for the exports. */
  votes: ExportRoutesDeps['votes'];
  /** Renders export files (on a worker thread). */
  exports: ExportRoutesDeps['exports'];
  lookupLimiter: RequestLimiter;
  /** Event creation per address (a venue may create a few; a script may not create thousands). */
  creationLimiter: RequestLimiter;
  logger: Logger;
  /** The built client (`client/dist`); when missing, only the API is served. */
  clientDir: string | null;
  /** Where phones reach this server, asked at each request (the wifi may hand the laptop a new address). */
  serverAddress: () => ServerAddress;
  readinessChecks: OperationRoutesDeps['readinessChecks'];
  metrics: OperationRoutesDeps['metrics'];
}

/**
 * API answers above this many bytes are compressed: a board list or an OpenAPI document shrinks several times,
 * while a short answer would gain less than the header costs.
 */
const API_COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Every page may load and connect to its own origin only: no CDN, analytics or fonts from elsewhere, which is
 * also what the privacy promise to participants says.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Express reads no forwarded header: the one address rule is clientAddress (REMBUK_TRUST_PROXY).
  app.set('trust proxy', false);
  app.use((_req, res, next) => {
    // Made here, never taken from the client: an operator matches a user's report to the log line with it.
    res.setHeader('X-Request-Id', randomUUID());
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use(express.json({ limit: '64kb' }));
  // Downloads keep their Content-Length (the export progress bar counts against it) and are mostly compressed
  // already; socket.io and the Yjs endpoint are not under /api and never pass here.
  app.use(
    '/api',
    compression({
      threshold: API_COMPRESSION_THRESHOLD_BYTES,
      filter: (req, res) => !res.hasHeader('Content-Disposition') && compression.filter(req, res),
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', boardsLoaded: deps.registry.loadedBoardCount });
  });
  app.use(operationRoutes(deps));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  app.get('/api/server', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(deps.serverAddress());
  });
  app.use(eventRoutes(deps));
  app.use(exportRoutes(deps));
  app.use(accessRoutes(deps));
  app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'No such API route.'));

  const clientDir = deps.clientDir;
  if (clientDir && existsSync(join(clientDir, 'index.html'))) app.use(serveClient(clientDir));

  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
    if (status === 413) sendError(res, 413, 'payload_too_large', 'The request body is too large.');
    else if (status === 400) sendError(res, 400, 'invalid_body', 'The request body is not valid JSON.');
    else {
      deps.logger.child({ requestId: String(res.getHeader('X-Request-Id')) }).error('request failed', error);
      sendError(res, 500, 'internal', 'Something went wrong on the server.');
    }
  });
  return app;
}
