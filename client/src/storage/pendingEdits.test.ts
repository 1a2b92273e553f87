import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readBoard, type EventId, type GroupId } from '@rembuk/shared';
import { clearPendingEdits, forgetPendingEdits, readPendingEdits, savePendingEdits } from './pendingEdits.js';

/** A Map-backed localStorage, as in a browser (the unit tests run in Node). */
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

const eventId = 'evt00001' as EventId;
const groupId = 'grp1' as GroupId;

describe('pending edits', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
  });

  it('keeps a device’s undelivered edits until they are cleared', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    addCard(doc, { kind: 'challenge', text: 'Ditulis saat luring' });
    addCard(doc, { kind: 'action', text: 'Langkah luring' });
    savePendingEdits(eventId, groupId, { update: Y.mergeUpdates(updates), cards: ['c1', 'c2'] });

    const restored = new Y.Doc();
    const kept = readPendingEdits(eventId, groupId)!;
    expect(kept.cards).toEqual(['c1', 'c2']);
    Y.applyUpdate(restored, kept.update);
    expect(readBoard(restored).challenges.map((card) => card.text)).toEqual(['Ditulis saat luring']);
    expect(readBoard(restored).actions.map((card) => card.text)).toEqual(['Langkah luring']);

    clearPendingEdits(eventId, groupId);
    expect(readPendingEdits(eventId, groupId)).toBeNull();
  });

  it('keeps each board apart, and forgets edits too old to matter', () => {
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => savePendingEdits(eventId, groupId, { update, cards: [] }, 0));
    addCard(doc, { kind: 'challenge', text: 'lama' });
    expect(readPendingEdits(eventId, 'grp2' as GroupId)).toBeNull();
    expect(readPendingEdits(eventId, groupId, 60_000)).not.toBeNull();
    expect(readPendingEdits(eventId, groupId, 4 * 24 * 60 * 60 * 1000)).toBeNull();
    expect(globalThis.localStorage.getItem(`rembuk.pending.${eventId}.${groupId}`)).toBeNull();
  });

  it('forgets every board of a deleted event, and only that event', () => {
    savePendingEdits(eventId, groupId, { update: new Uint8Array([0, 0]), cards: [] });
    savePendingEdits(eventId, 'grp2' as GroupId, { update: new Uint8Array([0, 0]), cards: [] });
    savePendingEdits('evt00002' as EventId, groupId, { update: new Uint8Array([0, 0]), cards: [] });
    forgetPendingEdits(eventId);
    expect(readPendingEdits(eventId, groupId)).toBeNull();
    expect(readPendingEdits(eventId, 'grp2' as GroupId)).toBeNull();
    expect(readPendingEdits('evt00002' as EventId, groupId)).not.toBeNull();
  });

  it('reads what the version before the marks kept, with no cards', () => {
    globalThis.localStorage.setItem(`rembuk.pending.${eventId}.${groupId}`, JSON.stringify({ update: btoa('\u0000\u0000'), savedAt: Date.now() }));
    expect(readPendingEdits(eventId, groupId)).toEqual({ update: new Uint8Array([0, 0]), cards: [] });
  });

  it('ignores what it cannot read', () => {
    globalThis.localStorage.setItem(`rembuk.pending.${eventId}.${groupId}`, '{"update": 5}');
    expect(readPendingEdits(eventId, groupId)).toBeNull();
    globalThis.localStorage.setItem(`rembuk.pending.${eventId}.${groupId}`, 'not json');
    expect(readPendingEdits(eventId, groupId)).toBeNull();
  });
});
