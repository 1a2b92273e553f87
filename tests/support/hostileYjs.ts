import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { EXPORT_FORMATS, boardDocName, type CreateEventReply, type EventId, type GroupId, type OrganizerEvent } from '@rembuk/shared';
import { readableText } from './exportReaders.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';
import { takeSeat, type TestServer } from './testServer.js';

/**
 * Building blocks of the hostile Yjs tests: frames as a hand-made client writes them from docs/protocol.md, a raw
 * participant connection, close codes with a deadline, the stored update log and every export of an event.
 */

/** [messageSync, syncType, payload] as y-websocket frames it. */
function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** An update frame (messageYjsUpdate). */
export const updateFrame = (update: Uint8Array): Uint8Array => syncFrame(2, update);

/** A SyncStep2 frame: what the server lacks of the client's document. */
export const syncStep2Frame = (update: Uint8Array): Uint8Array => syncFrame(1, update);

/** SyncStep1 with an empty state vector: its answer is the whole board. */
export const emptySyncStep1Frame = (): Uint8Array => syncFrame(0, Y.encodeStateVector(new Y.Doc()));

/** One entry of an awareness update as y-protocols encodes it. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** An awareness frame (messageAwareness) holding `entries`, written by hand so any state can be sent. */
export function awarenessFrame(entries: readonly AwarenessEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, JSON.stringify(entry.state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/** messageQueryAwareness: its answer is the whole awareness table. */
export const QUERY_AWARENESS_FRAME = Uint8Array.of(3);

/** What a fresh Y.Doc has after `write`: one update, as a hand-made client would send it. */
export function updateOf(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** What `write` adds to a copy of `base` (a synced client's doc), as an update against the board as it is. */
export function updateOnTopOf(base: Y.Doc, write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  write(doc);
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

/**
 * An update no Yjs API writes: one map entry whose ContentAny holds several values. Yjs shows only the last one
 * (`map.get(key)`), so a valid last value can hide anything before it. `parent` is a root type's name or the id of
 * the item holding the map; the entry is new (no origin), by a client id the board has not seen.
 */
export function severalValuesUpdate(parent: string | Y.ID, key: string, values: unknown[], client = 1_000_000 + Math.floor(Math.random() * 1_000_000)): Uint8Array {
  const CONTENT_ANY = 8;
  const HAS_PARENT_SUB = 0b0010_0000;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // clients
  encoding.writeVarUint(encoder, 1); // structs of that client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 0); // clock of the first struct
  encoding.writeUint8(encoder, CONTENT_ANY | HAS_PARENT_SUB);
  if (typeof parent === 'string') {
    encoding.writeVarUint(encoder, 1); // parent named by its root key
    encoding.writeVarString(encoder, parent);
  } else {
    encoding.writeVarUint(encoder, 0); // parent named by the id of its item
    encoding.writeVarUint(encoder, parent.client);
    encoding.writeVarUint(encoder, parent.clock);
  }
  encoding.writeVarString(encoder, key);
  encoding.writeVarUint(encoder, values.length);
  for (const value of values) encoding.writeAny(encoder, value as Parameters<typeof encoding.writeAny>[1]);
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

export type RawParticipant = RawSocket & { ticket: string; deviceId: string };

/** A bare WebSocket on a group's board as a participant device: a new seat, unless a ticket is given. */
export async function openRawParticipant(
  server: TestServer,
  event: OrganizerEvent,
  groupId: GroupId,
  seat?: { ticket: string; deviceId: string },
): Promise<RawParticipant> {
  const { ticket, deviceId } = seat ?? (await takeSeat(server.url, event.joinCode, groupId));
  return Object.assign(openRawSocket(server.yjsUrl, boardDocName(event.id, groupId), ticket), { ticket, deviceId });
}

/** The close code the server sent within `ms`, or 'still open' (the old server often just kept the connection). */
export function closeCodeWithin(raw: RawSocket, ms = 3_000): Promise<number | 'still open'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'still open'>((resolve) => {
    timer = setTimeout(() => resolve('still open'), ms);
  });
  return Promise.race([raw.closed, deadline]).finally(() => clearTimeout(timer));
}

/** The stored update log of a board: its rows, their count and total bytes. */
export async function storedLog(server: TestServer, eventId: EventId, groupId: GroupId): Promise<{ rows: Buffer[]; count: number; bytes: number }> {
  const rows = (await server.storage.loadUpdates(boardDocName(eventId, groupId))).map((row) => Buffer.from(row));
  return { rows, count: rows.length, bytes: rows.reduce((sum, row) => sum + row.byteLength, 0) };
}

/**
 * Every export format of the event, as the organizer downloads it: format → HTTP status, and format → what a
 * reader finds in it (only for the formats that answered 200 and open).
 */
export async function exportEveryFormat(
  server: TestServer,
  reply: CreateEventReply,
): Promise<{ statuses: Record<string, number | string>; texts: Record<string, string> }> {
  const statuses: Record<string, number | string> = {};
  const texts: Record<string, string> = {};
  for (const format of EXPORT_FORMATS) {
    const response = await fetch(`${server.url}/api/events/${reply.event.id}/export?format=${format}`, {
      headers: { Authorization: `Bearer ${reply.organizerKey}` },
    });
    const body = Buffer.from(await response.arrayBuffer());
    statuses[format] = response.status;
    if (response.status !== 200) continue;
    try {
      texts[format] = await readableText(format, body);
    } catch (error) {
      statuses[format] = `200 but does not open: ${String(error)}`;
    }
  }
  return { statuses, texts };
}

/** What `exportEveryFormat` answers when every format renders. */
export const EVERY_FORMAT_OK: Record<string, number> = Object.fromEntries(EXPORT_FORMATS.map((format) => [format, 200]));
