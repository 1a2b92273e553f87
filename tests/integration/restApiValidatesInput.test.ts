import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGION_GROUPS, ErrorBody, OrganizerEvent, PublicEvent, type CreateEventReply } from '@rembuk/shared';
import { createTestEvent, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

describe('the REST API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (body: string) =>
    fetch(`${server.url}/api/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  it('creates an event with the default Indonesian region groups and a join code', async () => {
    const response = await post(JSON.stringify({ title: 'Indonesia Anti Trafficking 2023' }));
    expect(response.status).toBe(201);
    const reply = (await response.json()) as CreateEventReply;
    expect(reply.event.title).toBe('Indonesia Anti Trafficking 2023');
    expect(reply.event.groups.map((group) => group.name)).toEqual(DEFAULT_REGION_GROUPS);
    expect(new Set(reply.event.groups.map((group) => group.id)).size).toBe(DEFAULT_REGION_GROUPS.length);
    expect(reply.event.joinCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(reply.event.timeZone).toBe('WITA');
    expect(Buffer.from(reply.organizerKey, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  it('takes the organizer’s own groups, date, place, zone and language', async () => {
    const reply = await createTestEvent(server.url, {
      title: 'Lokakarya',
      date: '2027-07-21',
      place: 'Sanur, Bali',
      timeZone: 'WIT',
      language: 'en',
      groups: ['NTT', 'Papua'],
    });
    expect(reply.event).toMatchObject({ date: '2027-07-21', place: 'Sanur, Bali', timeZone: 'WIT', language: 'en' });
    expect(reply.event.groups.map((group) => group.name)).toEqual(['NTT', 'Papua']);
  });

  it.each([
    ['a missing title', '{}', 'title'],
    ['an empty title', '{"title":"   "}', 'title'],
    ['a wrong date format', '{"title":"x","date":"21/07/2023"}', 'date'],
    ['a date that does not exist', '{"title":"x","date":"2023-02-30"}', 'date'],
    ['a date whose retention has already ended', '{"title":"x","date":"2023-07-21","purgeAfterDays":30}', 'deleted at once'],
    ['an unknown time zone', '{"title":"x","timeZone":"UTC"}', 'timeZone'],
    ['duplicate group names', '{"title":"x","groups":["NTT","ntt"]}', 'groups'],
    ['an unknown field', '{"title":"x","email":"a@b.c"}', 'email'],
  ])('answers 400 with the issues for %s', async (_name, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as ErrorBody;
    expect(error.error.reason).toBe('invalid_body');
    expect(error.error.issues?.join(' ')).toContain(field);
  });

  it('refuses to shorten retention to a time already past, and keeps the event as it was', async () => {
    const fiveDaysAgo = new Date(Date.now() - 5 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const reply = await createTestEvent(server.url, { title: 'Baru lewat', date: fiveDaysAgo, purgeAfterDays: 30 });
    const response = await fetch(`${server.url}/api/events/${reply.event.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reply.organizerKey}` },
      body: JSON.stringify({ purgeAfterDays: 1 }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.issues?.join(' ')).toContain('deleted at once');
    expect((await server.storage.getEvent(reply.event.id))?.purgeAt).toBe(reply.event.purgeAt);
  });

  it('answers 400 for JSON that does not parse, and 413 for a huge body', async () => {
    const broken = await post('{"title":');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).error.reason).toBe('invalid_body');
    const huge = await post(JSON.stringify({ title: 'x', place: 'y'.repeat(100_000) }));
    expect(huge.status).toBe(413);
  });

  it('finds an event by join code in any case, with or without the dash, without revealing keys', async () => {
    const reply = await createTestEvent(server.url);
    const loose = reply.event.joinCode.replace('-', '').toLowerCase();
    const response = await fetch(`${server.url}/api/join/${loose}`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body).event.id).toBe(reply.event.id);
    expect(body).not.toContain(reply.organizerKey);
    expect(body).not.toContain('organizerKeyHash');
    expect((await fetch(`${server.url}/api/join/ZZZZ-ZZZZ`)).status).toBe(404);
  });

  it('shows the organizer view only with the organizer key, and the public view to the event’s other roles', async () => {
    const reply = await createTestEvent(server.url);
    const url = `${server.url}/api/events/${reply.event.id}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: `Bearer ${reply.event.joinCode}` } })).status).toBe(401);
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, reply.event.groups[0]!.id);
    const asParticipant = await fetch(url, { headers: { Authorization: `Bearer ${ticket}` } });
    expect(asParticipant.status).toBe(200);
    // The replies parse with the zod schemas the OpenAPI components are generated from, with no top-level field extra.
    const publicView = PublicEvent.strict().parse(((await asParticipant.json()) as { event: unknown }).event);
    expect(publicView).toMatchObject({ id: reply.event.id, title: reply.event.title, purgeAt: reply.event.purgeAt });
    expect(publicView).not.toHaveProperty('joinCode');
    expect(publicView).not.toHaveProperty('settings');
    const ok = await fetch(url, { headers: { Authorization: `Bearer ${reply.organizerKey}` } });
    expect(ok.status).toBe(200);
    const organizerView = OrganizerEvent.strict().parse(((await ok.json()) as { event: unknown }).event);
    expect(organizerView.joinCode).toBe(reply.event.joinCode);
    expect(() => PublicEvent.strict().parse(organizerView)).toThrow();
  });

  it('serves health, the OpenAPI document, and JSON 404s for unknown API routes', async () => {
    expect(((await (await fetch(`${server.url}/healthz`)).json()) as { status: string }).status).toBe('ok');
    const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string; paths: object };
    expect(openApi.openapi).toBe('3.1.0');
    expect(Object.keys(openApi.paths)).toEqual(
      expect.arrayContaining(['/api/events', '/api/events/{eventId}/export', '/api/join/{joinCode}']),
    );
    const missing = await fetch(`${server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(ErrorBody.strict().parse(await missing.json()).error.reason).toBe('not_found');
  });
});
