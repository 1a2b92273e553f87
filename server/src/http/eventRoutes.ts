import { Router } from 'express';
import { CreateEventBody, JoinCodeParam, type EventId } from '@rembuk/shared';
import { identify, type AuthStore } from '../auth/authorize.js';
import { createEvent } from '../events/createEvent.js';
import { DEFAULT_PURGE_AFTER_DAYS, purgeTime, retentionAlreadyOver } from '../util/retention.js';
import { toOrganizerEvent, toPublicEvent } from '../events/eventViews.js';
import { bearerToken, parseOr400, sendError } from './httpErrors.js';
import { sendDenial, takeLookup } from './keyChecks.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';

export interface EventRoutesDeps {
  store: AuthStore;
  /** Slows down guessing of join codes and keys. */
  lookupLimiter: RequestLimiter;
  creationLimiter: RequestLimiter;
}

export function eventRoutes({ store, lookupLimiter, creationLimiter }: EventRoutesDeps): Router {
  const router = Router();

  router.post('/api/events', async (req, res) => {
    if (!(await takeLookup(creationLimiter, req, res))) return;
    const body = parseOr400(res, CreateEventBody, req.body, 'invalid_body');
    if (!body) return;
    // An event whose retention already ended would be deleted within the hour: say so instead.
    const purgeAt = purgeTime({ date: body.date ?? null, timeZone: body.timeZone, createdAt: new Date().toISOString() },
      body.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS);
    if (retentionAlreadyOver(purgeAt)) {
      sendError(res, 400, 'invalid_body', 'The request body is not valid.', [
        'date: with this date and purgeAfterDays the event would be deleted at once; use a later date or more days',
      ]);
      return;
    }
    const reply = await createEvent(store, body);
    res.status(201).json(reply);
  });

  // What a participant needs to pick a group: found by the join code they typed or scanned.
  router.get('/api/join/:joinCode', async (req, res) => {
    if (!(await takeLookup(lookupLimiter, req, res))) return;
    const code = JoinCodeParam.safeParse(req.params.joinCode);
    if (!code.success) {
      sendError(res, 404, 'not_found', 'No event has this join code.');
      return;
    }
    const event = await store.findEventByJoinCode(code.data);
    if (!event) {
      sendError(res, 404, 'not_found', 'No event has this join code.');
      return;
    }
    res.json({ event: toPublicEvent(event) });
  });

  router.get('/api/events/:eventId', async (req, res) => {
    if (!(await takeLookup(lookupLimiter, req, res))) return;
    // The organizer gets its full view; every other role of the event the public description (a facilitator's
    // or projector's page needs the title and the group names).
    const result = await identify(store, bearerToken(req.headers.authorization), req.params.eventId as EventId);
    if (!result.ok) {
      sendDenial(res, result.denial);
      return;
    }
    const { access } = result;
    res.json({ event: access.role === 'organizer' ? toOrganizerEvent(access.event) : toPublicEvent(access.event) });
  });

  return router;
}
