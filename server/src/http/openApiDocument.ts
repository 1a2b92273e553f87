import {
  AccessKeyInfo,
  CreateAccessKeyBody,
  CreateEventBody,
  ErrorBody,
  ExportQuery,
  GroupInfo,
  OrganizerEvent,
  PublicEvent,
  ServerAddress,
  TakeSeatBody,
  TakeSeatReply,
  UpdateEventSettingsBody,
} from '@rembuk/shared';
import { queryParameters, replyComponents, replySchema, requestSchema } from './openApiSchemas.js';

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const jsonBody = (schema: string) => ({
  required: true,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

const jsonResponse = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });

const eventReply = { type: 'object', required: ['event'], properties: { event: { $ref: '#/components/schemas/OrganizerEvent' } } };

const eventIdParam = { name: 'eventId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]{8,32}$' } };
const joinCodeParam = {
  name: 'joinCode',
  in: 'path',
  required: true,
  description: 'The join code; case and separators do not matter.',
  schema: { type: 'string', example: 'K7QM-3XPD' },
};
const keyIdParam = { name: 'keyId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]{1,32}$', example: '4evwtvqyqqxo' } };

/** The answers every organizer-only route shares (the order the server checks them in is in docs/api.md). */
const organizerDenials = {
  '401': errorResponse('Missing token, or a token that is no valid credential (an unknown string, the join code, a revoked key, a forged ticket).'),
  '403': errorResponse('A valid credential that is not this event’s organizer key: a participant ticket, a facilitator or projector key, or a credential of another event.'),
  '404': errorResponse('No such event.'),
};

/**
 * The REST API as OpenAPI 3.1, served at `GET /api/openapi.json`; docs/api.md explains it in prose. Request bodies,
 * the export query, the server address and the reply shapes (events, groups, settings, keys, tickets, errors) are
 * generated from the zod schemas in shared/: the ones the routes validate requests with, and the ones whose inferred
 * types the routes build their replies as, so the document cannot drift from the code. Only the small wrappers around them (`{ event }`,
 * `{ keys }`, the two create replies with their one-time secrets) are still written here.
 */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Rembuk API',
    version: '1.2.0',
    description:
      'Create breakout events, look them up by join code, take a seat in a group (participant ticket), manage ' +
      'facilitator and projector keys, settings and deletion, and export the boards. Boards themselves are edited ' +
      'over the Yjs WebSocket endpoint (docs/protocol.md); presence, session state, votes and facilitator commands ' +
      'travel over socket.io (docs/api.md). Every token (ticket or key) is presented the same way on all channels.',
  },
  components: {
    securitySchemes: {
      organizerKey: { type: 'http', scheme: 'bearer', description: 'The organizer key from POST /api/events. No other credential opens the organizer routes.' },
      eventCredential: {
        type: 'http',
        scheme: 'bearer',
        description: 'A facilitator or projector key, or a participant ticket, of this event: it reads the event’s public description with GET /api/events/{eventId} and opens no other REST route.',
      },
    },
    schemas: {
      ServerAddress: replySchema(ServerAddress),
      ...replyComponents({
        Error: ErrorBody,
        Group: GroupInfo,
        PublicEvent,
        EventSettings: OrganizerEvent.shape.settings,
        OrganizerEvent,
        TakeSeatReply,
        AccessKeyInfo,
      }),
      CreateEventBody: requestSchema(CreateEventBody),
      UpdateEventSettingsBody: requestSchema(UpdateEventSettingsBody),
      TakeSeatBody: requestSchema(TakeSeatBody),
      CreateAccessKeyBody: {
        ...requestSchema(CreateAccessKeyBody),
        // The zod schema refines this (only facilitator keys name groups); JSON Schema says it with if/then.
        if: { properties: { role: { const: 'projector' } } },
        then: { not: { required: ['groupIds'] } },
      },
      CreateAccessKeyReply: {
        type: 'object',
        required: ['key', 'secret'],
        properties: {
          key: { $ref: '#/components/schemas/AccessKeyInfo' },
          secret: { type: 'string', description: 'The key itself, shown once and stored only as a hash.' },
        },
      },
    },
  },
  paths: {
    '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'The server is up.' } } } },
    '/readyz': {
      get: {
        summary: 'Readiness',
        description: 'Whether this node should get traffic: its store answers, it is not shutting down, and any check its operator added (event ownership) holds.',
        responses: {
          '200': { description: '`{ "status": "ready" }`' },
          '503': { description: '`{ "status": "not_ready", "reason": "…" }`: a short reason for the operator.' },
        },
      },
    },
    '/metrics': {
      get: {
        summary: 'Prometheus metrics',
        description: 'Off (404) unless REMBUK_METRICS_TOKEN is set; then readable only with `Authorization: Bearer <token>`.',
        responses: {
          '200': { description: 'Prometheus text format.' },
          '401': { description: 'No or a wrong bearer token.' },
          '404': { description: 'Metrics are off.' },
        },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'The OpenAPI 3.1 document.' } } } },
    '/api/server': {
      get: {
        summary: 'Where phones reach this server',
        description:
          'No authentication. The client builds every participant, facilitator and projector link from publicUrl ' +
          'rather than from the address its own browser used (a laptop may be on localhost). Sent with Cache-Control: no-store.',
        responses: { '200': jsonResponse('The addresses', { $ref: '#/components/schemas/ServerAddress' }) },
      },
    },
    '/api/events': {
      post: {
        summary: 'Create an event with its region groups',
        requestBody: jsonBody('CreateEventBody'),
        responses: {
          '201': jsonResponse('Created. The organizer key is returned once and stored only as a hash.', {
            type: 'object',
            required: ['event', 'organizerKey'],
            properties: { event: { $ref: '#/components/schemas/OrganizerEvent' }, organizerKey: { type: 'string' } },
          }),
          '400': errorResponse('The body is not valid; `issues` lists each problem.'),
          '413': errorResponse('The body is larger than 64 KiB.'),
          '429': errorResponse('Too many events created from this address.'),
        },
      },
    },
    '/api/join/{joinCode}': {
      get: {
        summary: 'Find an event by its join code (dash and case optional)',
        parameters: [joinCodeParam],
        responses: {
          '200': jsonResponse('The event', { type: 'object', required: ['event'], properties: { event: { $ref: '#/components/schemas/PublicEvent' } } }),
          '404': errorResponse('No event has this code.'),
          '429': errorResponse('Too many look-ups from this address.'),
        },
      },
    },
    '/api/join/{joinCode}/seat': {
      post: {
        summary: 'Take a seat in a group and get the participant ticket',
        description:
          'The join code opens nothing by itself: a participant device takes a seat and presents the ticket on the Yjs ' +
          'endpoint and socket.io. Sending the previous ticket keeps the device id; moving to another group closes the ' +
          'device’s connections to its old board (4409) and tells its sockets (seatChanged).',
        parameters: [joinCodeParam],
        requestBody: jsonBody('TakeSeatBody'),
        responses: {
          '201': jsonResponse('Seated', { $ref: '#/components/schemas/TakeSeatReply' }),
          '400': errorResponse('The body is not valid; `issues` lists each problem.'),
          '404': errorResponse('No event has this code, or the group is not a group of the event.'),
          '413': errorResponse('The body is larger than 64 KiB.'),
          '429': errorResponse('Too many look-ups from this address.'),
        },
      },
    },
    '/api/events/{eventId}': {
      get: {
        summary: 'The organizer view of an event, or its public description for the event’s other credentials',
        description: 'The organizer key gets `OrganizerEvent`; a facilitator or projector key or a participant ticket of the event gets `PublicEvent` (what its pages show: title, group names).',
        security: [{ organizerKey: [] }, { eventCredential: [] }],
        parameters: [eventIdParam],
        responses: {
          '200': jsonResponse('The event: the organizer view for the organizer key, the public description for any other credential of the event', {
            type: 'object',
            required: ['event'],
            properties: { event: { oneOf: [{ $ref: '#/components/schemas/OrganizerEvent' }, { $ref: '#/components/schemas/PublicEvent' }] } },
          }),
          '401': organizerDenials['401'],
          '403': errorResponse('A valid credential of another event: a participant ticket, or a facilitator or projector key.'),
          '404': organizerDenials['404'],
          '429': errorResponse('Too many requests from this address.'),
        },
      },
      patch: {
        summary: 'Change the event’s settings',
        description: 'Every field is optional. `purgeAt` is recomputed from the event’s date (or creation). Open connections keep the settings they were opened with.',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam],
        requestBody: jsonBody('UpdateEventSettingsBody'),
        responses: {
          '200': jsonResponse('The event with its new settings', eventReply),
          '400': errorResponse('The body is not valid; `issues` lists each problem.'),
          ...organizerDenials,
          '413': errorResponse('The body is larger than 64 KiB.'),
        },
      },
      delete: {
        summary: 'Delete the event now, with everything of it',
        description: 'Closes its Yjs connections (4410) and socket.io sockets, then deletes its keys, seats, session, votes, audit notes and boards.',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam],
        responses: {
          '204': { description: 'Deleted.' },
          ...organizerDenials,
        },
      },
    },
    '/api/events/{eventId}/keys': {
      get: {
        summary: 'List the facilitator and projector keys (never their secrets)',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam],
        responses: {
          '200': jsonResponse('The keys, revoked ones included, oldest first', {
            type: 'object',
            required: ['keys'],
            properties: { keys: { type: 'array', items: { $ref: '#/components/schemas/AccessKeyInfo' } } },
          }),
          ...organizerDenials,
        },
      },
      post: {
        summary: 'Create a facilitator or projector key',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam],
        requestBody: jsonBody('CreateAccessKeyBody'),
        responses: {
          '201': jsonResponse('Created. The secret is returned once and stored only as a hash.', { $ref: '#/components/schemas/CreateAccessKeyReply' }),
          '400': errorResponse('The body is not valid (including groupIds on a projector key, or groups not in the event); `issues` lists each problem.'),
          ...organizerDenials,
          '413': errorResponse('The body is larger than 64 KiB.'),
        },
      },
    },
    '/api/events/{eventId}/keys/{keyId}': {
      delete: {
        summary: 'Revoke a key',
        description: 'Closes the key’s Yjs connections (4410) and socket.io sockets at once; later uses are unauthorized.',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam, keyIdParam],
        responses: {
          '204': { description: 'Revoked (also when it already was).' },
          '401': organizerDenials['401'],
          '403': organizerDenials['403'],
          '404': errorResponse('No such event, or the event has no key with this id.'),
        },
      },
    },
    '/api/events/{eventId}/export': {
      get: {
        summary: 'Download every group’s board',
        description:
          'The report as DOCX (Word tables with repeating header rows), PDF (A4, embedded fonts) or Markdown; the ' +
          'cards as XLSX (a sheet per region plus "Semua", numbers as numbers, text never a formula) or CSV (UTF-8 ' +
          'with BOM, formula cells neutralised); JSON with ids, votes and priorities; or a ZIP with all of them. ' +
          'Hidden and merged cards never appear; "not for screen" cards only with includeNotForScreen=true. No ' +
          'author data in any format, and participants only as a count per group.',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam, ...queryParameters(ExportQuery)],
        responses: {
          '200': {
            description: 'The file, as an attachment',
            content: {
              'text/markdown': {},
              'text/csv': {},
              'application/json': {},
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {},
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {},
              'application/pdf': {},
              'application/zip': {},
            },
          },
          '400': errorResponse('Unknown format or query parameter.'),
          ...organizerDenials,
          '429': errorResponse('Too many requests from this address.'),
        },
      },
    },
  },
} as const;
