import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateEventReply } from '@rembuk/shared';
import { createAccessKey, createTestEvent, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

/** The parts of the served OpenAPI document this test reads. */
interface OpenApi {
  paths: Record<string, Record<string, { security?: Record<string, string[]>[]; responses: Record<string, { description: string; content?: unknown }> }>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }>; securitySchemes: Record<string, unknown> };
}

/**
 * `GET /api/events/{eventId}` answers the organizer with its view and every other credential of the event with
 * the public description (the facilitator's and projector's pages show its title and group names from it); a
 * credential of another event is refused. The served OpenAPI document and docs/api.md say the same.
 */
describe('GET /api/events/{eventId}', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let other: CreateEventReply;
  let openApi: OpenApi;
  const credentials: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url, { title: 'Rapat', groups: ['NTT', 'Jawa'] });
    other = await createTestEvent(server.url, { title: 'Rapat lain' });
    credentials.facilitator = (await createAccessKey(server.url, reply, { role: 'facilitator', groupIds: [reply.event.groups[0]!.id] })).secret;
    credentials.projector = (await createAccessKey(server.url, reply, { role: 'projector' })).secret;
    credentials.participant = (await takeSeat(server.url, reply.event.joinCode, reply.event.groups[1]!.id)).ticket;
    credentials.otherFacilitator = (await createAccessKey(server.url, other, { role: 'facilitator' })).secret;
    credentials.otherParticipant = (await takeSeat(server.url, other.event.joinCode, other.event.groups[0]!.id)).ticket;
    openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as OpenApi;
  });
  afterAll(() => server.close());

  async function view(token: string): Promise<{ status: number; body: { event?: Record<string, unknown> } }> {
    const response = await fetch(`${server.url}/api/events/${reply.event.id}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as { event?: Record<string, unknown> } };
  }

  it('gives the organizer its view, with the join code and settings', async () => {
    const { status, body } = await view(reply.organizerKey);
    expect(status).toBe(200);
    expect(body.event).toMatchObject({ id: reply.event.id, joinCode: reply.event.joinCode, settings: expect.any(Object) });
  });

  it('gives every other credential of the event exactly the public description its OpenAPI schema declares', async () => {
    const publicEvent = openApi.components.schemas.PublicEvent!;
    for (const role of ['facilitator', 'projector', 'participant']) {
      const { status, body } = await view(credentials[role]!);
      expect(status, role).toBe(200);
      expect(Object.keys(body.event ?? {}).sort(), role).toEqual(Object.keys(publicEvent.properties ?? {}).sort());
      for (const field of publicEvent.required ?? []) expect(body.event, role).toHaveProperty(field);
    }
  });

  it('refuses a credential of another event with 403', async () => {
    for (const role of ['otherFacilitator', 'otherParticipant']) expect((await view(credentials[role]!)).status, role).toBe(403);
    expect((await view(other.organizerKey)).status).toBe(401);
  });

  it('is described so by the served OpenAPI document', () => {
    const get = openApi.paths['/api/events/{eventId}']!.get!;
    expect(JSON.stringify(get.responses['200']!.content)).toContain('#/components/schemas/PublicEvent');
    expect(JSON.stringify(get.responses['200']!.content)).toContain('#/components/schemas/OrganizerEvent');
    expect(get.responses['403']!.description).toMatch(/another event/);
    expect(get.responses['403']!.description).not.toMatch(/participant ticket, a facilitator or projector key,/);
    for (const scheme of get.security?.flatMap((requirement) => Object.keys(requirement)) ?? []) expect(openApi.components.securitySchemes).toHaveProperty(scheme);
    expect(get.security?.length).toBeGreaterThan(1);
  });
});
