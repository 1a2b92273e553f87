import { parentPort } from 'node:worker_threads';
import { InlineThemeEngine, type ThemeReply, type ThemeRequest } from './ThemeEngine.js';

/** The themes worker's loop: one engine (its text cache kept between requests), one request at a time. */
const port = parentPort;
if (!port) throw new Error('themeWorkerMain runs as a worker thread (see ThemeWorker).');
const engine = new InlineThemeEngine();
port.on('message', (request: ThemeRequest) => {
  engine.compute(request.cards, request.notDuplicates).then(
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies ThemeReply),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ThemeReply),
  );
});
