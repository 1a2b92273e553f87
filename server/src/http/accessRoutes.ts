import { Router, type Request, type Response } from 'express';
import {
  CreateAccessKeyBody,
  JoinCodeParam,
  TakeSeatBody,
  UpdateEventSettingsBody,
  type AccessKeyInfo,
  type CreateAccessKeyReply,
  type EventId,
  type TakeSeatReply,
} from '@rembuk/shared';
import { authorizeOrganizer, type AuthStore } from '../auth/authorize.js';
import { hashKey, newSecretKey, randomBase36 } from '../auth/secrets.js';
import { parseTicket, signTicket, ticketSignatureValid } from '../auth/tickets.js';
import { deleteEventEverywhere } from '../events/deleteEvent.js';
import { toOrganizerEvent } from '../events/eventViews.js';
import type { RealtimeControl } from '../events/RealtimeControl.js';
import { purgeTime, retentionAlreadyOver } from '../util/retention.js';
import type { StoredAccessKey } from '../storage/Storage.js';
import { sendDenial, takeLookup } from './keyChecks.js';
import { bearerToken, parseOr400, sendError } from './httpErrors.js';
import type { RequestLimiter } from '../net/RequestLimiter.js';

export interface AccessRoutesDeps {
  store: AuthStore;
  lookupLimiter: RequestLimiter;
  realtime: RealtimeControl;
}

/** Seats for participants, facilitator and projector keys, event settings and deletion. */
export function accessRoutes({ store, lookupLimiter, realtime }: AccessRoutesDeps): Router {
  const router = Router();

  // A participant takes a seat in a group and gets the ticket it presents everywhere after.
  router.post('/api/join/:joinCode/seat', async (req, res) => {
    if (!(await takeLookup(lookupLimiter, req, res))) return;
    const code = JoinCodeParam.safeParse(req.params.joinCode);
    const event = code.success ? await store.findEventByJoinCode(code.data) : null;
    if (!event) {
      sendError(res, 404, 'not_found', 'No event has this join code.');
      return;
    }
    // `?event=` is where a balancer reads which node owns the event (several nodes); it must name this one.
    if (req.query.event !== undefined && req.query.event !== event.id) {
      sendError(res, 400, 'invalid_query', 'The event in the query is not the event of this join code.');
      return;
    }
    const body = parseOr400(res, TakeSeatBody, req.body, 'invalid_body');
    if (!body) return;
    if (!event.groups.some((group) => group.id === body.groupId)) {
      sendError(res, 404, 'not_found', 'No such group in this event.');
      return;
    }
    // The same device keeps its id (and its dots) when it switches groups.
    const previous = body.ticket ? parseTicket(body.ticket) : null;
    const returning = previous && previous.eventId === event.id && ticketSignatureValid(previous, event.ticketSecret);
    const deviceId = returning ? previous.deviceId : randomBase36(24);
    const oldSeat = returning ? await store.getSeat(event.id, deviceId) : null;
    await store.setSeat(event.id, deviceId, body.groupId);
    if (oldSeat && oldSeat !== body.groupId) realtime.seatChanged(event.id, deviceId, body.groupId);
    const reply: TakeSeatReply = { ticket: signTicket(event.id, deviceId, event.ticketSecret), deviceId, groupId: body.groupId };
    res.status(201).json(reply);
  });

  router.get('/api/events/:eventId/keys', async (req, res) => {
    const event = await organizerEvent(req, res);
    if (!event) return;
    res.json({ keys: (await store.listAccessKeys(event.id)).map(toKeyInfo) });
  });

  router.post('/api/events/:eventId/keys', async (req, res) => {
    const event = await organizerEvent(req, res);
    if (!event) return;
    const body = parseOr400(res, CreateAccessKeyBody, req.body, 'invalid_body');
    if (!body) return;
    const unknown = body.groupIds?.filter((groupId) => !event.groups.some((group) => group.id === groupId)) ?? [];
    if (unknown.length > 0) {
      sendError(res, 400, 'invalid_body', 'The request body is not valid.', [`groupIds: unknown groups ${unknown.join(', ')}`]);
      return;
    }
    const secret = newSecretKey();
    const key: StoredAccessKey = {
      id: randomBase36(12),
      eventId: event.id,
      keyHash: hashKey(secret),
      role: body.role,
      label: body.label ? body.label : null,
      groupIds: body.groupIds ? [...new Set(body.groupIds)] : null,
      createdAt: new Date().toISOString(),
      revokedAt: null,
    };
    await store.createAccessKey(key);
    const reply: CreateAccessKeyReply = { key: toKeyInfo(key), secret };
    res.status(201).json(reply);
  });

  router.delete('/api/events/:eventId/keys/:keyId', async (req, res) => {
    const event = await organizerEvent(req, res);
    if (!event) return;
    if (!(await store.revokeAccessKey(event.id, req.params.keyId, new Date().toISOString()))) {
      sendError(res, 404, 'not_found', 'No such key.');
      return;
    }
    realtime.keyRevoked(event.id, req.params.keyId);
    res.status(204).end();
  });

  router.patch('/api/events/:eventId', async (req, res) => {
    const event = await organizerEvent(req, res);
    if (!event) return;
    const body = parseOr400(res, UpdateEventSettingsBody, req.body, 'invalid_body');
    if (!body) return;
    const settings = {
      allowReadingOtherGroups: body.allowReadingOtherGroups ?? event.settings.allowReadingOtherGroups,
      voteBudget: {
        perParticipant: body.votesPerParticipant ?? event.settings.voteBudget.perParticipant,
        perCard: body.votesPerCard ?? event.settings.voteBudget.perCard,
      },
      purgeAfterDays: body.purgeAfterDays ?? event.settings.purgeAfterDays,
    };
    const updated = { ...event, settings, purgeAt: purgeTime(event, settings.purgeAfterDays) };
    // Shortening retention to a time already past would delete the event within the hour, silently: refuse, as
    // creation does (deleting at once is DELETE's job).
    if (retentionAlreadyOver(updated.purgeAt)) {
      sendError(res, 400, 'invalid_body', 'The request body is not valid.', [
        'purgeAfterDays: with this many days the event would be deleted at once; use more days, or delete the event',
      ]);
      return;
    }
    await store.updateEvent(updated);
    if (event.settings.allowReadingOtherGroups && !settings.allowReadingOtherGroups) realtime.readingOtherGroupsEnded(event.id);
    res.json({ event: toOrganizerEvent(updated) });
  });

  router.delete('/api/events/:eventId', async (req, res) => {
    const event = await organizerEvent(req, res);
    if (!event) return;
    await deleteEventEverywhere(store, realtime, event.id);
    res.status(204).end();
  });

  /** The event of an organizer-only request, or null once an error was sent. Rate-limited like every key check. */
  async function organizerEvent(req: Request<{ eventId: string }>, res: Response) {
    if (!(await takeLookup(lookupLimiter, req, res))) return null;
    const result = await authorizeOrganizer(store, bearerToken(req.headers.authorization), req.params.eventId as EventId);
    if (!result.ok) {
      sendDenial(res, result.denial);
      return null;
    }
    return result.event;
  }

  return router;
}

function toKeyInfo(key: StoredAccessKey): AccessKeyInfo {
  return { id: key.id, role: key.role, label: key.label, groupIds: key.groupIds, createdAt: key.createdAt, revokedAt: key.revokedAt };
}
