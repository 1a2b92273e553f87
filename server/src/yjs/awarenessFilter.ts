import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LIMITS, allowedAwarenessState, type AwarenessState } from '@rembuk/shared';

/**
 * Most awareness entries one update may carry. A provider echoes every entry it receives (a newcomer echoes the
 * whole room at once), so this is sized to a full room, not to one client.
 */
const MAX_ENTRIES_PER_UPDATE = 1000;

/** `null`, as y-protocols' `JSON.stringify` writes a removed state. */
const NULL_JSON = new TextEncoder().encode('null');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** One entry of an awareness update as received: its state is left as undecoded JSON until it is used. */
export interface RawAwarenessEntry {
  clientId: number;
  clock: number;
  /** The state's JSON text, in UTF-8 bytes. */
  json: Uint8Array;
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null when the client removes its state. */
  state: AwarenessState | null;
}

export class AwarenessRejected extends Error {}

/**
 * Decode the framing of an awareness update (y-protocols/awareness layout) and apply the limits that hold for
 * every entry, whoever's client id it names: the entry count, one entry per client id, and the state's size. The
 * size is read from the encoded length, so an echo of other clients' states is refused or passed without
 * decoding its JSON.
 */
export function decodeAwarenessUpdate(update: Uint8Array): RawAwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_ENTRIES_PER_UPDATE) throw new AwarenessRejected(`awareness update with ${count} entries`);
  const entries: RawAwarenessEntry[] = [];
  const clientIds = new Set<number>();
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    // A varString is a varUint8Array of UTF-8, so its byte length is known before anything is decoded.
    const json = decoding.readVarUint8Array(decoder);
    if (json.byteLength > LIMITS.maxAwarenessStateBytes) throw new AwarenessRejected('awareness state too large');
    // No encoder writes a client id twice; repeats would only multiply the states to parse.
    if (clientIds.has(clientId)) throw new AwarenessRejected('awareness client id repeated');
    clientIds.add(clientId);
    entries.push({ clientId, clock, json });
  }
  return entries;
}

/** Whether an entry removes its client's state, judged without parsing (a non-canonical `null` is parsed later). */
export function isRemoval(entry: RawAwarenessEntry): boolean {
  const { json } = entry;
  return json.byteLength === NULL_JSON.byteLength && json.every((byte, i) => byte === NULL_JSON[i]);
}

/**
 * Parse an entry the server will apply, and cut its state down to the allow-listed shape: nothing a client puts
 * in awareness besides what it is editing (a name, a colour, a note) reaches anyone.
 */
export function readAwarenessEntry(entry: RawAwarenessEntry): AwarenessEntry {
  let state: unknown;
  try {
    state = JSON.parse(strictUtf8.decode(entry.json));
  } catch {
    throw new AwarenessRejected('awareness state is not JSON');
  }
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
    throw new AwarenessRejected('awareness state is not an object');
  }
  const allowed = state === null ? null : allowedAwarenessState(state as Record<string, unknown>);
  return { clientId: entry.clientId, clock: entry.clock, state: allowed };
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
