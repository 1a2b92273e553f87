import { Router } from 'express';
import { ExportQuery, type EventId, type ExportFormat } from '@rembuk/shared';
import { authorizeOrganizer, type AuthStore } from '../auth/authorize.js';
import { collectEventOutcomes, type EventOutcomes } from '../export/eventOutcomes.js';
import { renderCsv } from '../export/renderCsv.js';
import { renderJson } from '../export/renderJson.js';
import { renderMarkdown } from '../export/renderMarkdown.js';
import type { KeyedRateLimiter } from '../util/TokenBucket.js';
import type { BoardRegistry } from '../yjs/BoardRegistry.js';
import { bearerToken, parseOr400 } from './httpErrors.js';
import { sendDenial, takeLookup } from './eventRoutes.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const RENDERERS: Record<ExportFormat, (outcomes: EventOutcomes) => string> = {
  md: renderMarkdown,
  csv: renderCsv,
  json: renderJson,
};

export interface ExportRoutesDeps {
  store: AuthStore;
  registry: BoardRegistry;
  lookupLimiter: KeyedRateLimiter;
}

/** `GET /api/events/:eventId/export?format=md|csv|json`, organizer key as a bearer token. */
export function exportRoutes({ store, registry, lookupLimiter }: ExportRoutesDeps): Router {
  const router = Router();
  router.get('/api/events/:eventId/export', async (req, res) => {
    if (!takeLookup(lookupLimiter, req, res)) return;
    const result = await authorizeOrganizer(store, bearerToken(req.headers.authorization), req.params.eventId as EventId);
    if (!result.ok) {
      sendDenial(res, result.denial);
      return;
    }
    const query = parseOr400(res, ExportQuery, req.query, 'invalid_query');
    if (!query) return;
    const outcomes = await collectEventOutcomes(result.event, registry);
    const date = outcomes.generatedAt.toISOString().slice(0, 10);
    res.setHeader('Content-Type', CONTENT_TYPES[query.format]);
    res.setHeader('Content-Disposition', `attachment; filename="rembuk-${result.event.id}-${date}.${query.format}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(RENDERERS[query.format](outcomes));
  });
  return router;
}
