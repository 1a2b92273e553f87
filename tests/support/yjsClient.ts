import { WebSocket as WebSocketPolyfill } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { boardDocName, type EventId, type GroupId, type OrganizerEvent } from '@rembuk/shared';
import { takeSeat } from './testServer.js';

export interface BoardClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first sync, rejects if the server closes the connection for good. */
  synced: Promise<void>;
  /** Close codes the server sent, in order. */
  closeCodes: number[];
  destroy(): void;
}

/** A real y-websocket provider in Node, as a phone would connect. */
export function connectBoard(yjsUrl: string, eventId: EventId, groupId: GroupId, token: string, pseudonym?: string): BoardClient {
  const doc = new Y.Doc();
  const params: Record<string, string> = { token };
  if (pseudonym) params.pseudonym = pseudonym;
  const provider = new WebsocketProvider(yjsUrl, boardDocName(eventId, groupId), doc, {
    WebSocketPolyfill: WebSocketPolyfill as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  const synced = new Promise<void>((resolve, reject) => {
    provider.once('sync', (isSynced: boolean) => {
      if (isSynced) resolve();
    });
    provider.on('closed', (event) => reject(new Error(`closed for good with code ${event.code}`)));
  });
  synced.catch(() => {});
  return {
    doc,
    provider,
    synced,
    closeCodes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A participant as a phone does it: take a seat in the group, then connect with the ticket. */
export async function joinBoard(
  server: { url: string; yjsUrl: string },
  event: OrganizerEvent,
  groupId: GroupId,
  pseudonym?: string,
): Promise<BoardClient & { ticket: string; deviceId: string }> {
  const seat = await takeSeat(server.url, event.joinCode, groupId);
  const client = connectBoard(server.yjsUrl, event.id, groupId, seat.ticket, pseudonym);
  return Object.assign(client, { ticket: seat.ticket, deviceId: seat.deviceId });
}
