import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCard, editCardText, readBoard, type CardId } from '@rembuk/shared';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

describe('two providers on one board', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('see each other’s cards and merge concurrent typing in one card', async () => {
    const { event } = await createTestEvent(server.url);
    const group = event.groups[0]!;
    const alice = await joinBoard(server, event, group.id);
    const budi = await joinBoard(server, event, group.id);
    clients.push(alice, budi);
    await Promise.all([alice.synced, budi.synced]);

    const id = addCard(alice.doc, { kind: 'challenge', text: 'Data korban ' });
    await eventually(() => expect(readBoard(budi.doc).challenges.map((card) => card.id)).toEqual([id]));

    editCardText(alice.doc, id as CardId, 12, 0, 'tidak terpadu');
    editCardText(budi.doc, id as CardId, 0, 0, '[NTT] ');
    await eventually(() => {
      expect(readBoard(alice.doc).challenges[0]?.text).toBe('[NTT] Data korban tidak terpadu');
      expect(readBoard(budi.doc).challenges[0]?.text).toBe('[NTT] Data korban tidak terpadu');
    });
  });

  it('gives a late joiner the full board', async () => {
    const { event } = await createTestEvent(server.url);
    const group = event.groups[1]!;
    const writer = await joinBoard(server, event, group.id);
    clients.push(writer);
    await writer.synced;
    for (let i = 0; i < 20; i++) addCard(writer.doc, { kind: i % 2 ? 'action' : 'challenge', text: `kartu ${i}` });
    await eventually(() => expect(server.server.registry.isLoaded(`${event.id}.${group.id}`)).toBe(true));

    const late = await joinBoard(server, event, group.id);
    clients.push(late);
    await late.synced;
    await eventually(() => {
      const board = readBoard(late.doc);
      expect(board.challenges).toHaveLength(10);
      expect(board.actions).toHaveLength(10);
    });
  });
});
