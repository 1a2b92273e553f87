import { parentPort } from 'node:worker_threads';
import type { ExportReply, ExportRequest } from './ExportWorker.js';
import { renderExport } from './renderExport.js';

/** The export worker's loop: render each request and answer with the file, or with why it failed. */
const port = parentPort;
if (!port) throw new Error('exportWorkerMain runs as a worker thread (see ExportWorker).');
port.on('message', (request: ExportRequest) => {
  renderExport(request.format, request.outcomes, request.options).then(
    (file) => port.postMessage({ id: request.id, ok: true, contentType: file.contentType, body: file.body } satisfies ExportReply),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ExportReply),
  );
});
