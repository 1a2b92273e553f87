import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RembukMetrics } from '@rembuk/server';
import { CLOSE_CODES, addCard, boardDocName, type CreateEventReply } from '@rembuk/shared';
import { openControl, type ControlSocket } from '../support/controlClient.js';
import { openRawSocket } from '../support/rawSocket.js';
import { joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';

const TOKEN = 'metrics-token-0123456789abcdef0123456789';

/** One sample's value from Prometheus text, e.g. `rembuk_connections{transport="yjs",role="participant"}`. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  if (line === undefined) throw new Error(`no sample ${series}`);
  return Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let board: Awaited<ReturnType<typeof joinBoard>>;
  let control: ControlSocket;

  beforeAll(async () => {
    server = await startTestServer({
      serverOptions: { metrics: { token: TOKEN, create: (sources) => new RembukMetrics(sources) } },
    });
    reply = await createTestEvent(server.url);
  });
  afterAll(async () => {
    board?.destroy();
    control?.disconnect();
    await server.close();
  });

  const scrape = async (): Promise<string> => {
    const response = await fetch(`${server.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it('refuses a scrape without the operator token, or with a wrong one', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN.slice(1)}x` } });
    expect(wrong.status).toBe(401);
  });

  it('counts connections by role, loaded boards, admitted and broadcast updates, persistence and refusals', async () => {
    const before = await scrape();
    expect(sample(before, 'rembuk_connections{transport="yjs",role="participant"}')).toBe(0);
    expect(sample(before, 'rembuk_client_updates_admitted_total')).toBe(0);
    expect(before).toContain('nodejs_eventloop_lag_seconds');

    const { event } = reply;
    const groupId = event.groups[0]!.id;
    board = await joinBoard(server, event, groupId);
    const watcher = await joinBoard(server, event, groupId);
    await Promise.all([board.synced, watcher.synced]);
    const { ticket } = await takeSeat(server.url, event.joinCode, groupId);
    control = await openControl(server.url, { token: ticket, eventId: event.id, groupId });
    const cardText = `metrics card ${Math.random()}`;
    addCard(board.doc, { kind: 'challenge', text: cardText });
    addCard(board.doc, { kind: 'action', text: `${cardText} 2` });
    const raw = openRawSocket(server.yjsUrl, boardDocName(event.id, groupId), (await takeSeat(server.url, event.joinCode, groupId)).ticket);
    await raw.ready;
    raw.socket.send(Uint8Array.of(9, 1, 2, 3));
    expect(await raw.closed).toBe(CLOSE_CODES.malformedFrame);

    await eventually(async () => {
      const text = await scrape();
      expect(sample(text, 'rembuk_connections{transport="yjs",role="participant"}')).toBe(2);
      expect(sample(text, 'rembuk_connections{transport="socketio",role="participant"}')).toBe(1);
      expect(sample(text, 'rembuk_connections{transport="yjs",role="organizer"}')).toBe(0);
      expect(sample(text, 'rembuk_boards_loaded')).toBe(1);
      expect(sample(text, 'rembuk_events_loaded')).toBe(1);
      expect(sample(text, 'rembuk_events_owned')).toBe(1);
      expect(sample(text, 'rembuk_client_updates_admitted_total')).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'rembuk_updates_broadcast_total')).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'rembuk_persist_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(sample(text, `rembuk_refused_frames_total{code="${CLOSE_CODES.malformedFrame}"}`)).toBe(1);
    });

    // Nothing that names an event, group, device or card, and nothing anyone typed, is in any label or value.
    const text = await scrape();
    for (const secret of [event.id, groupId, event.joinCode, board.deviceId, ticket, cardText, reply.organizerKey]) {
      expect(text).not.toContain(secret);
    }
  });
});
