import { Router } from 'express';
import { ExportQuery, type EventId } from '@rembuk/shared';
import { authorizeOrganizer, type AuthStore } from '../auth/authorize.js';
import { collectEventOutcomes, type OutcomeSources } from '../export/eventOutcomes.js';
import { exportFileName } from '../export/exportFileName.js';
import type { ExportRenderer } from '../export/ExportWorker.js';
import type { BoardRegistry } from '../yjs/BoardRegistry.js';
import { attachmentDisposition } from './contentDisposition.js';
import { bearerToken, parseOr400 } from './httpErrors.js';
import { sendDenial, takeLookup } from './keyChecks.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';

export interface ExportRoutesDeps {
  store: AuthStore;
  registry: BoardRegistry;
  /** Vote totals per card (the VoteManager). */
  votes: OutcomeSources['votes'];
  /** Renders the files off the main thread (the ExportWorker). */
  exports: ExportRenderer;
  lookupLimiter: RequestLimiter;
}

/**
 * `GET /api/events/:eventId/export?format=md|csv|json|docx|xlsx|pdf|zip&lang=id|en|both&includeNotForScreen=true`,
 * organizer key as a bearer token. `lang` defaults to the event's language.
 */
export function exportRoutes({ store, registry, votes, exports, lookupLimiter }: ExportRoutesDeps): Router {
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
    const outcomes = await collectEventOutcomes(result.event, { registry, votes, seats: store }, {
      includeNotForScreen: query.includeNotForScreen,
    });
    const language = query.lang ?? result.event.language;
    const file = await exports.render(query.format, outcomes, { language });
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', attachmentDisposition(exportFileName(outcomes, query.format, language)));
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  });
  return router;
}
