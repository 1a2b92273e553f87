import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCard, boardDocName, editCardText, readBoard, type CardId } from '@rembuk/shared';
import { MemoryStorage, SqliteStorage } from '@rembuk/server';
import { joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

describe('persistence across restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-restart-'));
  let server: TestServer | null = null;

  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('keeps every card after a restart with nothing duplicated, even when clients reconnect with their state', async () => {
    server = await startTestServer({ dataDir });
    const { event } = await createTestEvent(server.url);
    const group = event.groups[3]!;
    const writer = await joinBoard(server, event, group.id);
    await writer.synced;
    const ids: CardId[] = [];
    for (let i = 0; i < 12; i++) ids.push(addCard(writer.doc, { kind: i < 6 ? 'challenge' : 'action', text: `kartu ${i}` }));
    editCardText(writer.doc, ids[0]!, 0, 0, 'penting: ');
    const expected = readBoard(writer.doc);
    // Every card reached the server before it stops.
    const running = server;
    await eventually(() => expect(readBoard(running.server.registry.loaded(boardDocName(event.id, group.id))!.doc)).toEqual(expected));
    writer.provider.disconnect();
    await server.close();
    server = null;

    server = await startTestServer({ dataDir });
    // A fresh client reads the board from disk alone: no client that still holds the cards is connected.
    const again = await joinBoard(server, event, group.id);
    await again.synced;
    expect(readBoard(again.doc)).toEqual(expected);
    // The old client reconnects to the new server with its full local state (as a phone would): nothing doubles.
    writer.provider.serverUrl = server.yjsUrl;
    writer.provider.connect();
    await eventually(() => expect(writer.provider.synced).toBe(true));
    await eventually(() => expect(readBoard(again.doc)).toEqual(expected));
    expect(readBoard(writer.doc)).toEqual(expected);
    writer.destroy();
    again.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores an update before any other client receives it', async () => {
    const storage = new GatedStorage();
    server = await startTestServer({ storage });
    const { event } = await createTestEvent(server.url);
    const group = event.groups[0]!;
    const writer = await joinBoard(server, event, group.id);
    const reader = await joinBoard(server, event, group.id);
    await Promise.all([writer.synced, reader.synced]);

    storage.closeGate();
    addCard(writer.doc, { kind: 'challenge', text: 'durable first' });
    await eventually(() => expect(storage.waitingWrites).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readBoard(reader.doc).challenges).toHaveLength(0);

    storage.openGate();
    await eventually(() => expect(readBoard(reader.doc).challenges.map((card) => card.text)).toEqual(['durable first']));
    writer.destroy();
    reader.destroy();
  });

  it('compacts the update log and unloads idle boards only after a final persist', async () => {
    server = await startTestServer({ idleUnloadMs: 100, compactAfterUpdates: 20 });
    const { event } = await createTestEvent(server.url);
    const group = event.groups[0]!;
    const docName = boardDocName(event.id, group.id);
    const writer = await joinBoard(server, event, group.id);
    await writer.synced;
    const id = addCard(writer.doc, { kind: 'challenge', text: '' });
    for (let i = 0; i < 60; i++) editCardText(writer.doc, id, i, 0, 'x');
    await eventually(() => expect(server!.server.registry.isLoaded(docName)).toBe(true));
    // Appends of one event-loop turn are committed together, so a read may land between a commit and the
    // compaction that follows it: wait for the compaction rather than for a fixed time.
    await eventually(async () => expect((await server!.storage.loadUpdates(docName)).length).toBeLessThan(30));

    writer.destroy();
    await eventually(() => expect(server!.server.registry.isLoaded(docName)).toBe(false), 3_000);
    const storedRows = await server.storage.loadUpdates(docName);
    expect(storedRows).toHaveLength(1);

    const reader = await joinBoard(server, event, group.id);
    await reader.synced;
    await eventually(() => expect(readBoard(reader.doc).challenges[0]?.text).toBe('x'.repeat(60)));
    reader.destroy();
  });

  it('opens the same SQLite file from a second storage instance after close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rembuk-reopen-'));
    server = await startTestServer({ dataDir: dir });
    const { event } = await createTestEvent(server.url);
    await server.close();
    server = null;
    const storage = new SqliteStorage(join(dir, 'rembuk.db'));
    expect((await storage.getEvent(event.id))?.title).toBe('Rapat uji');
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

/** A store whose writes wait until the test opens a gate: a slow disk, made deterministic. */
class GatedStorage extends MemoryStorage {
  waitingWrites = 0;
  private gate: Promise<void> = Promise.resolve();
  private release: () => void = () => {};

  closeGate(): void {
    this.gate = new Promise((resolve) => {
      this.release = resolve;
    });
  }

  openGate(): void {
    this.release();
  }

  override async appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    this.waitingWrites++;
    await this.gate;
    this.waitingWrites--;
    await super.appendUpdates(docName, updates);
  }
}
