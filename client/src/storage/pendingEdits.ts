import type { EventId, GroupId } from '@rembuk/shared';
import { readStored, removeStored, removeStoredWithPrefix, writeStored } from './deviceStorage.js';

/**
 * Edits this device made to a board while no server could hear them, and the cards they touched ("saved on this
 * phone"), kept until a sync delivers them: a phone's browser may discard a background tab (or the battery dies)
 * before the network returns, and the board promises "kept on this device". The board itself is copied to
 * IndexedDB (BoardCopy); these few own edits go to localStorage as well because it writes through at once, while
 * IndexedDB writes still in flight are lost with a tab killed a moment after the last keystroke. They are dropped
 * once delivered, once the board is closed for good, or after a few days.
 */
const PENDING_EDITS_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

const pendingName = (eventId: EventId, groupId: GroupId) => `rembuk.pending.${eventId}.${groupId}`;

interface StoredPending {
  /** The edits as one merged Yjs update, base64. */
  update: string;
  /** Ids of the cards they touched (absent in what versions before the marks kept). */
  cards?: string[];
  savedAt: number;
}

export interface PendingEdits {
  update: Uint8Array;
  cards: string[];
}

/** The undelivered edits for this board, or null (none, unreadable, or too old to matter). */
export function readPendingEdits(eventId: EventId, groupId: GroupId, now = Date.now()): PendingEdits | null {
  const stored = parse(readStored('local', pendingName(eventId, groupId)));
  if (!stored) return null;
  if (now - stored.savedAt > PENDING_EDITS_MAX_AGE_MS) {
    clearPendingEdits(eventId, groupId);
    return null;
  }
  return { update: stored.update, cards: stored.cards };
}

/** Keep these edits (all of them, merged: the caller holds them in memory and rewrites the whole). */
export function savePendingEdits(eventId: EventId, groupId: GroupId, edits: PendingEdits, now = Date.now()): void {
  const value: StoredPending = { update: toBase64(edits.update), cards: edits.cards, savedAt: now };
  writeStored('local', pendingName(eventId, groupId), JSON.stringify(value));
}

export function clearPendingEdits(eventId: EventId, groupId: GroupId): void {
  removeStored('local', pendingName(eventId, groupId));
}

/** Every board's kept edits of an event (the event was deleted). */
export function forgetPendingEdits(eventId: EventId): void {
  removeStoredWithPrefix('local', `rembuk.pending.${eventId}.`);
}

function parse(value: string | null): (PendingEdits & { savedAt: number }) | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { update, cards, savedAt } = parsed as Partial<StoredPending>;
    if (typeof update !== 'string' || typeof savedAt !== 'number') return null;
    const ids = Array.isArray(cards) ? cards.filter((id): id is string => typeof id === 'string') : [];
    return { update: fromBase64(update), cards: ids, savedAt };
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a very long argument list overflows the stack.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
