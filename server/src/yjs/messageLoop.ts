import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Logger } from '../util/logger.js';
import { AwarenessRejected, decodeAwarenessUpdate, encodeAwarenessEntries, isRemoval, readAwarenessEntry } from './awarenessFilter.js';
import type { BoardRoom } from './BoardRoom.js';
import type { GateRefusal } from './updateGate.js';
import {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  fullAwarenessMessage,
} from './frames.js';
import type { YjsConnection } from './YjsConnection.js';

/** A frame that cannot be decoded or breaks the protocol: its connection is closed with `malformedFrame`. */
export class MalformedFrame extends Error {}

/** An update the gate refused: its connection is closed with the refusal's code and its device gets a strike. */
export class RefusedUpdate extends Error {
  constructor(
    readonly refusal: Exclude<GateRefusal, 'malformed'>,
    detail: string,
  ) {
    super(detail);
  }
}

/** A connection asked for more than its budget allows: closed with `rateLimited`. */
export class OverBudget extends Error {}

/** Most awareness client ids one connection may control (a provider uses one; a reload may add another). */
const MAX_CLIENT_IDS_PER_CONNECTION = 4;

/**
 * The whole Yjs message loop of one frame, in the spirit of y-websocket-server's `messageListener`. Throws
 * MalformedFrame; never leaves a frame half-applied (updates are fully decoded before they are applied).
 */
export function handleMessage(room: BoardRoom, connection: YjsConnection, frame: Uint8Array, logger: Logger): void {
  const decoder = decoding.createDecoder(frame);
  const messageType = readVarUint(decoder);
  switch (messageType) {
    case MESSAGE_SYNC:
      handleSync(room, connection, decoder, logger);
      return;
    case MESSAGE_AWARENESS:
      handleAwareness(room, connection, readVarUint8Array(decoder));
      return;
    case MESSAGE_QUERY_AWARENESS: {
      if (!connection.takeSyncRequestToken()) throw new OverBudget('too many awareness queries');
      const message = fullAwarenessMessage(room.awareness);
      if (message) connection.sendAwarenessMessage(message);
      return;
    }
    case MESSAGE_AUTH:
      // Servers send auth messages; a client has nothing to say here.
      return;
    default:
      throw new MalformedFrame(`unknown message type ${messageType}`);
  }
}

function handleSync(room: BoardRoom, connection: YjsConnection, decoder: decoding.Decoder, logger: Logger): void {
  const syncType = readVarUint(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1: {
      const stateVector = readVarUint8Array(decoder);
      try {
        Y.decodeStateVector(stateVector);
      } catch {
        throw new MalformedFrame('undecodable state vector');
      }
      // Each answer is a whole board: a provider asks once per connection, an attacker would ask in a loop.
      if (!connection.takeSyncRequestToken()) throw new OverBudget('too many sync requests');
      // Answer only with durable state, and only once the board is fully loaded (it is: rooms load first).
      room.whenDurable(() => {
        if (!connection.isClosed && !room.isDestroyed) connection.sendDocMessage(room.syncAnswer(stateVector));
      });
      return;
    }
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      const update = readVarUint8Array(decoder);
      // Read-only connections are answered (step 1) but their writes are never applied.
      if (!connection.mayWriteBoard) return;
      admit(room, connection, update, logger);
      if (syncType === syncProtocol.messageYjsSyncStep2 && !connection.hasSentSyncStep2) {
        connection.hasSentSyncStep2 = true;
        for (const held of connection.takeHeld()) admit(room, connection, held, logger);
      }
      return;
    }
    default:
      throw new MalformedFrame(`unknown sync message type ${syncType}`);
  }
}

/** Apply a client's update through the gate; throws RefusedUpdate for what the gate refuses (and cannot hold). */
function admit(room: BoardRoom, connection: YjsConnection, update: Uint8Array, logger: Logger): void {
  const admission = room.admitClientUpdate(connection, update, connection.allowanceNow);
  switch (admission.kind) {
    case 'applied':
      return;
    case 'reverted':
      logger.warn(`reverted a change on ${room.name}: ${admission.problem}`);
      if (!connection.takeRevertToken()) throw new OverBudget('too many reverted updates');
      return;
    case 'refused':
      if (admission.refusal === 'malformed') throw new MalformedFrame(admission.detail);
      if (admission.refusal === 'incomplete' && connection.hold(update)) return;
      throw new RefusedUpdate(admission.refusal, admission.detail);
  }
}

function handleAwareness(room: BoardRoom, connection: YjsConnection, update: Uint8Array): void {
  let entries;
  try {
    // Count, repeats and every entry's size are checked here, whatever client id an entry names.
    entries = decodeAwarenessUpdate(update);
  } catch (error) {
    throw new MalformedFrame(error instanceof AwarenessRejected ? error.message : 'undecodable awareness update');
  }
  // y-websocket providers echo every awareness entry they receive, so most entries in a frame are other
  // clients' states: apply only the sender's own, never let it speak for a client id another connection owns.
  // Dropped entries are never parsed, which keeps echoes cheap.
  const known = room.awareness.getStates();
  const own = entries.filter((entry) => {
    if (connection.controlledClientIds.has(entry.clientId)) return true;
    if (isRemoval(entry) || known.has(entry.clientId)) return false;
    for (const other of room.connections) if (other.controlledClientIds.has(entry.clientId)) return false;
    return true;
  });
  if (own.length === 0) return;
  // Checked before parsing, so a frame of many new ids costs no more than one of four.
  const claimed = new Set(connection.controlledClientIds);
  for (const entry of own) {
    if (isRemoval(entry)) claimed.delete(entry.clientId);
    else claimed.add(entry.clientId);
  }
  if (claimed.size > MAX_CLIENT_IDS_PER_CONNECTION) throw new MalformedFrame('too many awareness client ids');
  let allowed;
  try {
    allowed = own.map(readAwarenessEntry);
  } catch (error) {
    throw new MalformedFrame(error instanceof AwarenessRejected ? error.message : 'undecodable awareness state');
  }
  for (const entry of allowed) {
    if (entry.state === null) connection.controlledClientIds.delete(entry.clientId);
    else connection.controlledClientIds.add(entry.clientId);
  }
  awarenessProtocol.applyAwarenessUpdate(room.awareness, encodeAwarenessEntries(allowed), connection);
}

function readVarUint(decoder: decoding.Decoder): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new MalformedFrame('truncated frame');
  }
}

function readVarUint8Array(decoder: decoding.Decoder): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw new MalformedFrame('truncated frame');
  }
}
