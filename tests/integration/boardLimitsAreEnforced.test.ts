import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS, addCard, cardsOf, readBoard, type CreateEventReply } from '@rembuk/shared';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

describe('board limits', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let writer: BoardClient;
  let watcher: BoardClient;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    const { event } = reply;
    writer = await joinBoard(server, event, event.groups[0]!.id);
    watcher = await joinBoard(server, event, event.groups[0]!.id);
    await Promise.all([writer.synced, watcher.synced]);
  });
  afterAll(async () => {
    writer.destroy();
    watcher.destroy();
    await server.close();
  });

  it('reverts text typed past the card length limit, on every replica including the writer’s', async () => {
    const id = addCard(writer.doc, { kind: 'challenge', text: 'awal' });
    await eventually(() => expect(readBoard(watcher.doc).challenges).toHaveLength(1));
    // Bypass the helper's clamp, as a modified client could.
    const text = cardsOf(writer.doc).get(id)!.get('text') as Y.Text;
    text.insert(4, 'x'.repeat(LIMITS.maxCardTextLength));
    await eventually(() => {
      expect(readBoard(writer.doc).challenges[0]!.text).toBe('awal');
      expect(readBoard(watcher.doc).challenges[0]!.text).toBe('awal');
    });
  });

  it('reverts switching an existing card to the other column', async () => {
    const id = addCard(writer.doc, { kind: 'challenge', text: 'tetap tantangan' });
    await eventually(() => expect(readBoard(watcher.doc).challenges.map((card) => card.id)).toContain(id));
    cardsOf(writer.doc).get(id)!.set('kind', 'action');
    await eventually(() => {
      expect(readBoard(writer.doc).challenges.map((card) => card.id)).toContain(id);
      expect(readBoard(watcher.doc).actions.map((card) => card.id)).not.toContain(id);
    });
  });

  it('reverts cards past the per-board limit and keeps the ones before it', async () => {
    const start = readBoard(writer.doc).challenges.length;
    writer.doc.transact(() => {
      for (let i = start; i < LIMITS.maxCardsPerBoard; i++) addCard(writer.doc, { kind: 'action', text: `a${i}` });
    });
    await eventually(() => expect(cardsOf(watcher.doc).size).toBe(LIMITS.maxCardsPerBoard), 10_000);
    addCard(writer.doc, { kind: 'challenge', text: 'satu terlalu banyak' });
    await eventually(() => {
      expect(cardsOf(writer.doc).size).toBe(LIMITS.maxCardsPerBoard);
      expect(readBoard(watcher.doc).challenges.map((card) => card.text)).not.toContain('satu terlalu banyak');
    });
    expect(writer.provider.wsconnected).toBe(true);
  });
});
