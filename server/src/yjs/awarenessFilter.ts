import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LIMITS, allowedAwarenessState } from '@rembuk/shared';

/** Whether a client's own state is within the size limit (echoes of others are never judged by it). */
export function isWithinSizeLimit(entry: AwarenessEntry): boolean {
  return entry.bytes <= LIMITS.maxAwarenessStateBytes;
}

/**
 * Most awareness entries one update may carry. A provider echoes every entry it receives (a newcomer echoes the
 * whole room at once), so this is sized to a full room, not to one client.
 */
const MAX_ENTRIES_PER_UPDATE = 1000;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null when the client removes its state. */
  state: Record<string, unknown> | null;
  /** Size of the state's JSON as received, in UTF-8 bytes. */
  bytes: number;
}

export class AwarenessRejected extends Error {}

/** Decode an awareness update (y-protocols/awareness layout). Sizes are checked by the caller, on own entries only. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_ENTRIES_PER_UPDATE) throw new AwarenessRejected(`awareness update with ${count} entries`);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    const state: unknown = JSON.parse(json);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new AwarenessRejected('awareness state is not an object');
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null, bytes: Buffer.byteLength(json, 'utf8') });
  }
  return entries;
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

/**
 * Cut a state down to the allow-listed shape (`AwarenessState`): nothing a client puts in awareness besides what
 * it is editing (a name, a colour, a note) reaches anyone, as awareness is keyed by the client id its cards carry.
 */
export function allowOnly(entry: AwarenessEntry): AwarenessEntry {
  if (entry.state === null) return entry;
  return { ...entry, state: { ...allowedAwarenessState(entry.state) } };
}
