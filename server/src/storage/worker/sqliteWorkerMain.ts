import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStorage } from '../SqliteStorage.js';
import type { StorageCall, StorageReply, StorageWorkerData } from './storageProtocol.js';

/**
 * The storage worker: one SQLite connection, all of its statements and every fsync, on this thread. Calls are
 * served in the order they arrive, so a write is seen by every later read. Board appends are not awaited one by
 * one: SqliteStorage collects the appends that arrive while a commit is running and writes them in the next
 * transaction, so under load the batches grow and the fsync rate stays bounded.
 */
const port = parentPort;
if (!port) throw new Error('sqliteWorkerMain runs as a worker thread');
const { filename } = workerData as StorageWorkerData;
const store = new SqliteStorage(filename);

port.on('message', (call: StorageCall) => {
  if (call.method === 'close') {
    void store.close().then(() => reply({ id: call.id, ok: true, value: undefined }));
    return;
  }
  const method = store[call.method] as (...args: unknown[]) => Promise<unknown>;
  method.apply(store, call.args).then(
    (value) => reply({ id: call.id, ok: true, value }, transferablesOf(value)),
    (error: unknown) => reply({ id: call.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});

function reply(message: StorageReply, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

/** Loaded board updates are handed over, not copied: each owns its buffer (better-sqlite3 gives fresh Buffers). */
function transferablesOf(value: unknown): ArrayBuffer[] {
  if (!Array.isArray(value)) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const item of value) {
    if (item instanceof Uint8Array && item.buffer instanceof ArrayBuffer && item.byteOffset === 0 && item.byteLength === item.buffer.byteLength) {
      buffers.add(item.buffer);
    }
  }
  return [...buffers];
}
