import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addCard, cardsOf } from '@rembuk/shared';
import type { BoardTarget } from '../servers/ServerUnderTest.js';

/** A real y-websocket 3.1 provider with its own Y.Doc, as a participant's browser would run it. */
export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Milliseconds from creating the provider until its first `sync` (SyncStep2 received and applied). */
  synced: Promise<number>;
  destroy(): void;
}

export function openProvider(board: BoardTarget, params: Record<string, string>, timeoutMs = 30_000): ProviderClient {
  const started = performance.now();
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(board.serverUrl, board.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
  });
  const synced = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync with ${board.room} within ${timeoutMs} ms`)), timeoutMs);
    const onSync = (isSynced: boolean): void => {
      if (!isSynced) return;
      clearTimeout(timer);
      provider.off('sync', onSync);
      resolve(performance.now() - started);
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

const SAMPLE_TEXTS = [
  'Data korban belum terpadu antar lembaga di tingkat provinsi',
  'Bentuk gugus tugas lintas sektor dan tetapkan jadwal rapat bulanan',
  'Perekrutan lewat media sosial sulit dipantau oleh aparat desa',
  'Pelatihan petugas imigrasi tentang indikator perdagangan orang',
];

/**
 * Fill a board with `count` cards (challenges and actions alternating) through the shared helpers, in one
 * transaction so it travels as one update (the server allows 60 messages per second per connection). Returns the
 * seeding provider, still connected, so the board stays in memory like a board with people on it.
 */
export async function seedBoard(board: BoardTarget, params: Record<string, string>, count: number): Promise<ProviderClient> {
  const seeder = openProvider(board, params);
  await seeder.synced;
  seeder.doc.transact(() => {
    for (let i = 0; i < count; i++) {
      addCard(seeder.doc, { kind: i % 2 === 0 ? 'challenge' : 'action', text: `${i + 1}. ${SAMPLE_TEXTS[i % SAMPLE_TEXTS.length]}` });
    }
  });
  return seeder;
}

export function cardCount(doc: Y.Doc): number {
  return cardsOf(doc).size;
}
