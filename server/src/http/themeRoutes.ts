import { Router } from 'express';
import { ID_PATTERNS, type DuplicatesReply, type EventId, type ThemesReply } from '@rembuk/shared';
import { identify, runsGroup, type AuthStore } from '../auth/authorize.js';
import type { StoredEvent } from '../storage/Storage.js';
import { isLead } from '../themes/ThemeService.js';
import { bearerToken, sendError } from './httpErrors.js';
import { sendDenial, takeLookup } from './keyChecks.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';

export interface ThemeRoutesDeps {
  store: AuthStore;
  lookupLimiter: RequestLimiter;
  themes: {
    themes(event: StoredEvent): Promise<ThemesReply>;
    duplicates(event: StoredEvent, groupId: string): Promise<DuplicatesReply>;
  };
}

/** Themes across regions (organizer, lead facilitators) and one group's duplicate suggestions (who runs it). */
export function themeRoutes({ store, lookupLimiter, themes }: ThemeRoutesDeps): Router {
  const router = Router();

  router.get('/api/events/:eventId/themes', async (req, res) => {
    if (!takeLookup(lookupLimiter, req, res)) return;
    const result = await identify(store, bearerToken(req.headers.authorization), req.params.eventId as EventId);
    if (!result.ok) {
      sendDenial(res, result.denial);
      return;
    }
    if (!isLead(result.access)) {
      sendError(res, 403, 'forbidden', 'Themes are for the organizer and lead facilitators.');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(await themes.themes(result.access.event));
  });

  router.get('/api/events/:eventId/groups/:groupId/duplicates', async (req, res) => {
    if (!takeLookup(lookupLimiter, req, res)) return;
    const result = await identify(store, bearerToken(req.headers.authorization), req.params.eventId as EventId);
    if (!result.ok) {
      sendDenial(res, result.denial);
      return;
    }
    const { groupId } = req.params;
    const { access } = result;
    if (!ID_PATTERNS.group.test(groupId) || !access.event.groups.some((group) => group.id === groupId)) {
      sendError(res, 404, 'not_found', 'No such group.');
      return;
    }
    if (!runsGroup(access, groupId)) {
      sendError(res, 403, 'forbidden', 'Duplicate suggestions are for the facilitators of this group.');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(await themes.duplicates(access.event, groupId));
  });

  return router;
}
