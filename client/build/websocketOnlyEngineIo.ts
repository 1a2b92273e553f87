import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const REPLACEMENT = '\0rembuk:engine.io-websocket-only';

/**
 * engine.io-client's `Socket` keeps a table of every transport it knows (HTTP long-polling over XHR, WebSocket,
 * WebTransport), so all three are bundled although every socket of this app is opened with
 * `transports: ['websocket']` (client/src/connection). This swaps that table, for engine.io-client's own
 * `socket.js` only, for one holding the WebSocket transport: about 5 kB of script less on every phone. A socket
 * asking for another transport would find none and fail at once ("No transports available"), never silently.
 */
export function websocketOnlyEngineIo(): Plugin {
  let websocketTransport: string | null = null;
  return {
    name: 'rembuk:websocket-only-engine.io',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './transports/index.js' || !importer || !/[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]socket\.js$/.test(importer)) return null;
      websocketTransport = join(dirname(importer), 'transports', 'websocket.js');
      return REPLACEMENT;
    },
    load(id) {
      if (id !== REPLACEMENT || websocketTransport === null) return null;
      return `import { WS } from ${JSON.stringify(websocketTransport)};\nexport const transports = { websocket: WS };\n`;
    },
  };
}
