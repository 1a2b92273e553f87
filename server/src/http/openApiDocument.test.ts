import type { Express } from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AccessKeyInfo,
  ERROR_REASONS,
  ErrorBody,
  GroupInfo,
  LANGUAGES,
  LIMITS,
  LINK_ROLES,
  OrganizerEvent,
  PublicEvent,
  TakeSeatReply,
  TIME_ZONES,
} from '@rembuk/shared';
import { createApp, type AppDeps } from './createApp.js';
import { openApiDocument } from './openApiDocument.js';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every method and path the app's routers answer, walked from Express's own router stack. */
function mountedRoutes(app: Express): string[] {
  const routes: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths) {
          for (const method of Object.keys(layer.route.methods)) routes.push(`${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app.router as unknown as { stack: Layer[] }).stack);
  return routes;
}

/** Routes read their dependencies only when a request comes: building the app needs none of them. */
const idleDeps = { clientDir: null } as unknown as AppDeps;

describe('the OpenAPI document', () => {
  it('describes every route the app mounts, and no route it does not', () => {
    const documented = Object.entries(openApiDocument.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const mounted = mountedRoutes(createApp(idleDeps));
    expect(mounted.length).toBeGreaterThan(10);
    expect([...new Set(mounted)].sort()).toEqual([...documented].sort());
  });

  it('takes the request bodies and the export query from the zod schemas the routes validate with', () => {
    const { schemas } = openApiDocument.components;
    expect(schemas.CreateEventBody).toMatchObject({ type: 'object', required: ['title'], additionalProperties: false });
    expect(schemas.CreateEventBody).toHaveProperty('properties.date.format', 'date');
    expect(schemas.TakeSeatBody).toHaveProperty('properties.groupId.pattern', '^[a-z0-9]{4,32}$');
    expect(schemas.CreateAccessKeyBody).toMatchObject({ then: { not: { required: ['groupIds'] } } });
    const exportParameters = openApiDocument.paths['/api/events/{eventId}/export'].get.parameters.map((parameter) => parameter.name);
    expect(exportParameters).toEqual(['eventId', 'format', 'lang', 'includeNotForScreen', 'themes']);
  });

  it('describes the themes replies from their zod schemas', () => {
    const { schemas } = openApiDocument.components;
    expect(schemas.Theme).toMatchObject({ required: ['id', 'label', 'kind', 'approved', 'regions', 'cards', 'votes'] });
    expect(schemas.ThemesReply).toHaveProperty('properties.themes.items.$ref', '#/components/schemas/Theme');
    expect(schemas.DuplicatesReply).toHaveProperty('properties.suggestions.items.$ref', '#/components/schemas/DuplicateSuggestion');
    expect(openApiDocument.paths['/api/events/{eventId}/themes'].get.responses['200']).toHaveProperty('content.application/json.schema.$ref', '#/components/schemas/ThemesReply');
  });

  it.each([
    ['Error', ErrorBody],
    ['Group', GroupInfo],
    ['PublicEvent', PublicEvent],
    ['EventSettings', OrganizerEvent.shape.settings],
    ['OrganizerEvent', OrganizerEvent],
    ['TakeSeatReply', TakeSeatReply],
    ['AccessKeyInfo', AccessKeyInfo],
  ] as const)('generates the %s reply component from its zod schema in shared/', (name, schema: z.ZodObject) => {
    const component = openApiDocument.components.schemas[name] as { type?: string; properties?: Record<string, unknown>; required?: string[] };
    expect(component.type).toBe('object');
    const zodFields = Object.keys(schema.shape);
    expect(Object.keys(component.properties ?? {}).sort()).toEqual([...zodFields].sort());
    const requiredFields = zodFields.filter((field) => !schema.shape[field]!.safeParse(undefined).success);
    expect([...(component.required ?? [])].sort()).toEqual(requiredFields.sort());
  });

  it('keeps what the hand-written reply components said: enums, nullable fields, formats, references and descriptions', () => {
    const { schemas } = openApiDocument.components;
    expect(schemas.Error).toHaveProperty('properties.error.properties.reason.enum', [...ERROR_REASONS]);
    expect(schemas.Error).toHaveProperty('properties.error.required', ['reason', 'message']);
    expect(schemas.PublicEvent).toHaveProperty('properties.timeZone.enum', [...TIME_ZONES]);
    expect(schemas.PublicEvent).toHaveProperty('properties.language.enum', [...LANGUAGES]);
    expect(schemas.PublicEvent).toHaveProperty('properties.date.anyOf', [{ type: 'string', format: 'date' }, { type: 'null' }]);
    expect(schemas.PublicEvent).toHaveProperty('properties.groups.items', { $ref: '#/components/schemas/Group' });
    expect(schemas.PublicEvent).toHaveProperty('properties.purgeAt', {
      type: 'string',
      format: 'date-time',
      description: 'When the server deletes the event and everything of it.',
    });
    expect(schemas.OrganizerEvent).toHaveProperty('properties.settings', { $ref: '#/components/schemas/EventSettings' });
    expect(schemas.OrganizerEvent).toHaveProperty('properties.joinCode.example', 'K7QM-3XPD');
    expect(schemas.EventSettings).toHaveProperty('properties.votesPerCard', {
      type: 'integer',
      minimum: 1,
      maximum: LIMITS.maxVotes,
      description: 'Dots one device may place on one card.',
    });
    expect(schemas.AccessKeyInfo).toHaveProperty('properties.role.enum', [...LINK_ROLES]);
    expect(schemas.AccessKeyInfo).toHaveProperty('properties.groupIds.description');
    expect(schemas.TakeSeatReply).toHaveProperty('properties.deviceId.pattern', '^[a-z0-9]{16,40}$');
    expect(schemas.TakeSeatReply).toHaveProperty('properties.ticket.description');
    // Generated components carry no dialect or id of their own: they live inside the OpenAPI document.
    for (const name of ['Error', 'Group', 'PublicEvent', 'EventSettings', 'OrganizerEvent', 'TakeSeatReply', 'AccessKeyInfo'] as const) {
      expect(schemas[name]).not.toHaveProperty('$schema');
      expect(schemas[name]).not.toHaveProperty('$id');
    }
  });
});
