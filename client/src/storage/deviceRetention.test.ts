import { beforeEach, describe, expect, it } from 'vitest';
import type { EventId } from '@rembuk/shared';
import { organizerKeyFor, rememberOrganizerKey, rememberTicket, ticketFor } from './credentials.js';
import { BOARD_KEPT_MS, KEYS_KEPT_MS, forgetStaleEvents } from './deviceRetention.js';
import { eventOnDevice, markEventUsed } from './eventsOnDevice.js';

/** A Map-backed Web Storage, as in a browser (the unit tests run in Node, without IndexedDB or Cache Storage). */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
}

const HOUR_MS = 60 * 60 * 1000;
const eventId = 'evt00001' as EventId;

describe('what a phone keeps, and for how long', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
    Object.defineProperty(globalThis, 'sessionStorage', { value: new MemoryStorage(), configurable: true });
  });

  function keptAt(usedAt: number): void {
    rememberOrganizerKey(eventId, 'organizer-key');
    rememberTicket(eventId, 'ticket');
    markEventUsed(eventId, {}, usedAt);
  }

  it('keeps everything of an event used within a session day', async () => {
    const now = Date.now();
    keptAt(now - KEYS_KEPT_MS + HOUR_MS);
    await forgetStaleEvents(now);
    expect(localStorage.getItem(`rembuk.organizerKey.${eventId}`)).toBe('organizer-key');
    expect(ticketFor(eventId)).toBe('ticket');
  });

  it('forgets the keys after a session day, and the rest after a few days', async () => {
    const now = Date.now();
    keptAt(now - KEYS_KEPT_MS - HOUR_MS);
    await forgetStaleEvents(now);
    expect(localStorage.getItem(`rembuk.organizerKey.${eventId}`)).toBeNull();
    expect(ticketFor(eventId)).toBe('ticket');

    markEventUsed(eventId, {}, now - BOARD_KEPT_MS - HOUR_MS);
    await forgetStaleEvents(now);
    expect(ticketFor(eventId)).toBeNull();
    expect(eventOnDevice(eventId)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('forgets an event past its purge time at once', async () => {
    const now = Date.now();
    keptAt(now);
    const purged = { id: eventId, title: 't', date: null, place: null, timeZone: 'WITA', language: 'id', categories: [], groups: [], purgeAt: new Date(now - 1).toISOString() } as const;
    markEventUsed(eventId, { event: { ...purged, categories: [], groups: [] } }, now);
    await forgetStaleEvents(now);
    expect(localStorage.length).toBe(0);
  });

  it('starts the clock of what an older version kept without a record', async () => {
    localStorage.setItem(`rembuk.organizerKey.${eventId}`, 'organizer-key');
    const now = Date.now();
    await forgetStaleEvents(now);
    expect(eventOnDevice(eventId)?.usedAt).toBe(now);
    expect(organizerKeyFor(eventId)).toBe('organizer-key');
  });
});
