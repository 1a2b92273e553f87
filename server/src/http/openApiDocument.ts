import { DEFAULT_CATEGORIES, DEFAULT_REGION_GROUPS, EXPORT_FORMATS, LANGUAGES, LIMITS, TIME_ZONES } from '@rembuk/shared';

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const eventIdParam = { name: 'eventId', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9]{8,32}$' } };

/** The REST API as OpenAPI 3.1, served at `GET /api/openapi.json`; docs/api.md explains it in prose. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Rembuk API',
    version: '1.0.0',
    description:
      'Create breakout events, look them up by join code, and export their boards. Boards themselves are edited ' +
      'over the Yjs WebSocket endpoint described in docs/protocol.md.',
  },
  components: {
    securitySchemes: { organizerKey: { type: 'http', scheme: 'bearer', description: 'The organizer key from POST /api/events.' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['reason', 'message'],
            properties: {
              reason: { type: 'string', enum: ['invalid_body', 'invalid_query', 'unauthorized', 'forbidden', 'not_found', 'rate_limited', 'payload_too_large', 'internal'] },
              message: { type: 'string' },
              issues: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
      Group: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
      PublicEvent: {
        type: 'object',
        required: ['id', 'title', 'date', 'place', 'timeZone', 'language', 'categories', 'groups'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          date: { type: ['string', 'null'], format: 'date' },
          place: { type: ['string', 'null'] },
          timeZone: { type: 'string', enum: [...TIME_ZONES] },
          language: { type: 'string', enum: [...LANGUAGES] },
          categories: { type: 'array', items: { type: 'string' } },
          groups: { type: 'array', items: { $ref: '#/components/schemas/Group' } },
        },
      },
      OrganizerEvent: {
        allOf: [
          { $ref: '#/components/schemas/PublicEvent' },
          { type: 'object', required: ['joinCode', 'createdAt'], properties: { joinCode: { type: 'string', example: 'K7QM-3XPD' }, createdAt: { type: 'string', format: 'date-time' } } },
        ],
      },
      CreateEventBody: {
        type: 'object',
        required: ['title'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', minLength: 1, maxLength: LIMITS.maxTitleLength },
          date: { type: 'string', format: 'date' },
          place: { type: 'string', maxLength: LIMITS.maxTitleLength },
          timeZone: { type: 'string', enum: [...TIME_ZONES], default: 'WITA' },
          language: { type: 'string', enum: [...LANGUAGES], default: 'id' },
          groups: { type: 'array', items: { type: 'string', maxLength: LIMITS.maxGroupNameLength }, minItems: 1, maxItems: LIMITS.maxGroups, default: [...DEFAULT_REGION_GROUPS] },
          categories: { type: 'array', items: { type: 'string', maxLength: 60 }, minItems: 1, maxItems: 30, default: [...DEFAULT_CATEGORIES] },
        },
      },
    },
  },
  paths: {
    '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'The server is up.' } } } },
    '/api/events': {
      post: {
        summary: 'Create an event with its region groups',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateEventBody' } } } },
        responses: {
          '201': {
            description: 'Created. The organizer key is returned once and stored only as a hash.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['event', 'organizerKey'],
                  properties: { event: { $ref: '#/components/schemas/OrganizerEvent' }, organizerKey: { type: 'string' } },
                },
              },
            },
          },
          '400': errorResponse('The body is not valid; `issues` lists each problem.'),
          '413': errorResponse('The body is larger than 64 KiB.'),
          '429': errorResponse('Too many events created from this address.'),
        },
      },
    },
    '/api/join/{joinCode}': {
      get: {
        summary: 'Find an event by its join code (dash and case optional)',
        parameters: [{ name: 'joinCode', in: 'path', required: true, schema: { type: 'string', example: 'K7QM-3XPD' } }],
        responses: {
          '200': { description: 'The event', content: { 'application/json': { schema: { type: 'object', properties: { event: { $ref: '#/components/schemas/PublicEvent' } } } } } },
          '404': errorResponse('No event has this code.'),
          '429': errorResponse('Too many look-ups from this address.'),
        },
      },
    },
    '/api/events/{eventId}': {
      get: {
        summary: 'The organizer view of an event',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam],
        responses: {
          '200': { description: 'The event', content: { 'application/json': { schema: { type: 'object', properties: { event: { $ref: '#/components/schemas/OrganizerEvent' } } } } } },
          '401': errorResponse('Missing or unknown key.'),
          '403': errorResponse('The token is a participant join code, not the organizer key.'),
          '404': errorResponse('No such event.'),
          '429': errorResponse('Too many requests from this address.'),
        },
      },
    },
    '/api/events/{eventId}/export': {
      get: {
        summary: 'Download every group’s board',
        description: 'Markdown report, CSV (UTF-8 with BOM, formula cells neutralised) or JSON. No author data in any format.',
        security: [{ organizerKey: [] }],
        parameters: [eventIdParam, { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: [...EXPORT_FORMATS], default: 'md' } }],
        responses: {
          '200': {
            description: 'The file, as an attachment',
            content: { 'text/markdown': {}, 'text/csv': {}, 'application/json': {} },
          },
          '400': errorResponse('Unknown format.'),
          '401': errorResponse('Missing or unknown key.'),
          '403': errorResponse('The token is a participant join code, not the organizer key.'),
          '404': errorResponse('No such event.'),
          '429': errorResponse('Too many requests from this address.'),
        },
      },
    },
  },
} as const;
