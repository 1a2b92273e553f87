import { Router } from 'express';
import { ExportQuery, type EventId, type ThemesReply } from '@rembuk/shared';
import { authorizeOrganizer, type AuthStore } from '../auth/authorize.js';
import { collectEventOutcomes, type OutcomeSources, type ReportTheme } from '../export/eventOutcomes.js';
import type { StoredEvent } from '../storage/Storage.js';
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
  /** Themes across regions as they stand (the ThemeService). */
  themes: { themes(event: StoredEvent): Promise<ThemesReply> };
}

/**
 * `GET /api/events/:eventId/export?format=md|csv|json|docx|xlsx|pdf|zip&lang=id|en|both&includeNotForScreen=true`,
 * organizer key as a bearer token. `lang` defaults to the event's language.
 */
export function exportRoutes({ store, registry, votes, exports, lookupLimiter, themes }: ExportRoutesDeps): Router {
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
      themes: { scope: query.themes, list: reportThemes(await themes.themes(result.event), query.themes) },
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

/** The themes a report lists: approved ones only, or every theme with its state, as the organizer chose. */
function reportThemes(reply: ThemesReply, scope: 'approved' | 'all'): ReportTheme[] {
  const listed = (theme: ThemesReply['themes'][number], state: ReportTheme['state']): ReportTheme => ({
    id: theme.id,
    label: theme.label,
    kind: theme.kind,
    state,
    regions: [...theme.regions],
    cards: theme.cards.map((card) => ({ ...card })),
    votes: theme.votes,
  });
  const active = reply.themes.map((theme) => listed(theme, theme.approved ? 'approved' : 'proposed'));
  if (scope === 'approved') return active.filter((theme) => theme.state === 'approved');
  return [...active, ...reply.dismissed.map((theme) => listed(theme, 'dismissed'))];
}
