import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** Outer frame types and sync subtypes of the y-websocket protocol (docs/protocol.md). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  return syncFrame(SYNC_STEP_1, Y.encodeStateVector(doc));
}

export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return syncFrame(SYNC_STEP_2, Y.encodeStateAsUpdate(doc, stateVector));
}

export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(SYNC_UPDATE, update);
}

function syncFrame(subtype: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** One awareness entry as a provider sends its own state: `[1, [1 entry, clientId, clock, json]]`. */
export function ownAwarenessFrame(clientId: number, clock: number, state: object | null): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** Read a lib0 varUint at `offset`; returns the value and the offset after it (value -1 when truncated). */
export function readVarUintAt(bytes: Uint8Array, offset: number): { value: number; next: number } {
  let value = 0;
  let multiplier = 1;
  for (let i = offset; i < bytes.length && i < offset + 8; i++) {
    const byte = bytes[i] ?? 0;
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return { value, next: i + 1 };
    multiplier *= 128;
  }
  return { value: -1, next: bytes.length };
}

/**
 * Whether an awareness frame carries only `clientId`'s own entry (the server's echo of our state): a provider
 * applies it without an 'update' event, so it sends nothing back.
 */
export function isOnlyOwnAwareness(frame: Uint8Array, clientId: number): boolean {
  const outer = readVarUintAt(frame, 1); // payload length
  const count = readVarUintAt(frame, outer.next);
  if (count.value !== 1) return false;
  return readVarUintAt(frame, count.next).value === clientId;
}
