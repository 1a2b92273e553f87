import { afterEach, describe, expect, it } from 'vitest';
import { addCard, boardDocName, readBoard } from '@rembuk/shared';
import { MemoryStorage } from '@rembuk/server';
import { joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

/** Counts loads, can be slowed down, and can fail its writes on demand. */
class InstrumentedStorage extends MemoryStorage {
  loads = 0;
  loadDelayMs = 0;
  failWrites = false;

  override async loadUpdates(docName: string): Promise<Uint8Array[]> {
    this.loads++;
    await new Promise((resolve) => setTimeout(resolve, this.loadDelayMs));
    return super.loadUpdates(docName);
  }

  override async appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    if (this.failWrites) throw new Error('disk full');
    return super.appendUpdates(docName, updates);
  }

  override async compact(docName: string, snapshot: Uint8Array): Promise<void> {
    if (this.failWrites) throw new Error('disk full');
    return super.compact(docName, snapshot);
  }
}

describe('board lifecycle', () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close().catch(() => {});
    server = null;
  });

  it('loads a board once when many clients arrive together, and answers none before it is loaded', async () => {
    const storage = new InstrumentedStorage();
    server = await startTestServer({ storage, idleUnloadMs: 50 });
    const { event } = await createTestEvent(server.url);
    const group = event.groups[0]!;
    const name = boardDocName(event.id, group.id);
    const seed = await joinBoard(server, event, group.id);
    await seed.synced;
    addCard(seed.doc, { kind: 'challenge', text: 'sudah ada' });
    await eventually(async () => expect((await storage.loadUpdates(name)).length).toBeGreaterThan(0));
    seed.destroy();
    await eventually(() => expect(server!.server.registry.isLoaded(name)).toBe(false), 3_000);

    storage.loads = 0;
    storage.loadDelayMs = 300;
    const clients = await Promise.all(Array.from({ length: 10 }, () => joinBoard(server!, event, group.id)));
    await Promise.all(clients.map((client) => client.synced));
    expect(storage.loads).toBe(1);
    // Every client saw the stored card on its first sync: none was answered from a half-loaded board.
    for (const client of clients) expect(readBoard(client.doc).challenges.map((card) => card.text)).toEqual(['sudah ada']);
    clients.forEach((client) => client.destroy());
  });

  it('keeps an idle board in memory while its final persist fails, and unloads it once the store recovers', async () => {
    const storage = new InstrumentedStorage();
    server = await startTestServer({ storage, idleUnloadMs: 50 });
    const { event } = await createTestEvent(server.url);
    const group = event.groups[0]!;
    const name = boardDocName(event.id, group.id);
    const writer = await joinBoard(server, event, group.id);
    await writer.synced;
    storage.failWrites = true;
    addCard(writer.doc, { kind: 'challenge', text: 'jangan hilang' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    writer.destroy();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.server.registry.isLoaded(name)).toBe(true);

    storage.failWrites = false;
    await eventually(() => expect(server!.server.registry.isLoaded(name)).toBe(false), 5_000);
    const reader = await joinBoard(server, event, group.id);
    await reader.synced;
    expect(readBoard(reader.doc).challenges.map((card) => card.text)).toEqual(['jangan hilang']);
    reader.destroy();
  });
});
