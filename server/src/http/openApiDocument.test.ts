import type { Express } from 'express';
import { describe, expect, it } from 'vitest';
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
    expect(exportParameters).toEqual(['eventId', 'format', 'lang', 'includeNotForScreen']);
  });
});
