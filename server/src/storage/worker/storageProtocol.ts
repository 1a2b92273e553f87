import type { Storage } from '../Storage.js';

/** The store's methods a worker serves: everything of `Storage` but `close`, which ends the worker itself. */
export type StorageMethod = Exclude<keyof Storage, 'close'>;

/** Main thread → storage worker: call one method of the worker's store. */
export interface StorageCall {
  id: number;
  method: StorageMethod | 'close';
  args: unknown[];
}

/** Storage worker → main thread: how the call ended. Errors travel as messages; the caller rebuilds an Error. */
export type StorageReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** The data the worker needs to open its store (passed as `workerData`). */
export interface StorageWorkerData {
  filename: string;
}
