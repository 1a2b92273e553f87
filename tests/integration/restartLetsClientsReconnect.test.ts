import { describe, expect, it } from 'vitest';
import { openControl } from '../support/controlClient.js';
import { createTestEvent, eventually, startTestServer } from '../support/testServer.js';

describe('a server that stops', () => {
  it('drops control sockets as a lost connection, which clients retry, not as a disconnect on purpose', async () => {
    const server = await startTestServer();
    const reply = await createTestEvent(server.url);
    const dashboard = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    const reasons: string[] = [];
    dashboard.on('disconnect', (reason) => reasons.push(reason));
    await server.close();
    // "io server disconnect" would mean "you were cut" (a revoked key): socket.io clients never reconnect after it.
    await eventually(() => expect(reasons).toEqual(['transport close']));
  });
});
