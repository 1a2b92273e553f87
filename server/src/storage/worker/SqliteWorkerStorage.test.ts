import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../SqliteStorage.js';
import { SqliteWorkerStorage } from './SqliteWorkerStorage.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('SqliteWorkerStorage', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rembuk-worker-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('has every append of one turn committed, in order, when each caller is told so', async () => {
    const file = join(dir, 'rembuk.db');
    const store = new SqliteWorkerStorage(file);
    const appends = [];
    for (let board = 0; board < 50; board++) {
      for (let i = 0; i < 4; i++) appends.push(store.appendUpdates(`e.g${board}`, [bytes(board, i)]));
    }
    await Promise.all(appends);
    // A second connection to the file (another thread's view) sees all of it: it was committed, not just queued.
    const reader = new SqliteStorage(file);
    for (let board = 0; board < 50; board++) {
      expect(await reader.loadUpdates(`e.g${board}`)).toEqual([0, 1, 2, 3].map((i) => bytes(board, i)));
    }
    await reader.close();
    await store.close();
  });

  it('serves a read after a write in the order they were asked', async () => {
    const store = new SqliteWorkerStorage(join(dir, 'rembuk.db'));
    const append = store.appendUpdates('a.b', [bytes(7)]);
    const loaded = store.loadUpdates('a.b');
    await append;
    expect(await loaded).toEqual([bytes(7)]);
    await store.close();
  });

  it('rejects what was waiting when its worker dies, and serves the next call from a new one', async () => {
    const store = new SqliteWorkerStorage(join(dir, 'rembuk.db'));
    await store.appendUpdates('a.b', [bytes(1)]);
    const worker = (store as unknown as { worker: { terminate(): Promise<number> } }).worker;
    const waiting = store.loadUpdates('a.b');
    await worker.terminate();
    await expect(waiting).rejects.toThrow(/storage worker stopped/);
    expect(await store.loadUpdates('a.b')).toEqual([bytes(1)]);
    await store.close();
  });

  it('says why it cannot open a store', async () => {
    const notADirectory = join(dir, 'file');
    writeFileSync(notADirectory, '');
    const store = new SqliteWorkerStorage(join(notADirectory, 'rembuk.db'));
    await expect(store.whenReady()).rejects.toThrow(/EEXIST|ENOTDIR/);
    await store.close();
  });

  it('refuses calls after close', async () => {
    const store = new SqliteWorkerStorage(join(dir, 'rembuk.db'));
    await store.whenReady();
    await store.close();
    await expect(store.getEvent('x' as never)).rejects.toThrow(/closed/);
  });
});
