import type { EventId, GroupId } from '@rembuk/shared';

/**
 * The IndexedDB databases that hold this phone's copy of a board (y-indexeddb: the last synced state plus the
 * edits not yet delivered), one per board, named after it so an event's boards can be found and deleted.
 */
export function boardCopyName(eventId: EventId, groupId: GroupId): string {
  return `rembuk.board.${eventId}.${groupId}`;
}

/**
 * Delete every board copy of an event: the boards the phone remembers joining, and any other database of the
 * event that `indexedDB.databases()` lists (a board joined in a tab whose record was lost).
 */
export async function deleteBoardCopies(eventId: EventId, knownGroups: readonly GroupId[]): Promise<void> {
  const factory = globalThis.indexedDB;
  if (!factory) return;
  const names = new Set(knownGroups.map((groupId) => boardCopyName(eventId, groupId)));
  try {
    for (const { name } of await factory.databases()) {
      if (name?.startsWith(`rembuk.board.${eventId}.`)) names.add(name);
    }
  } catch {
    // Older browsers cannot list databases; the remembered boards are still deleted.
  }
  await Promise.all([...names].map((name) => deleteDatabase(factory, name)));
}

/**
 * The service worker caches only the app shell, which carries no event; this still removes any cached answer
 * whose address names the event, so no future caching rule can leave one behind.
 */
export async function deleteCachedEntries(eventId: EventId): Promise<void> {
  const storage = globalThis.caches;
  if (!storage) return;
  try {
    for (const cacheName of await storage.keys()) {
      const cache = await storage.open(cacheName);
      for (const request of await cache.keys()) {
        if (request.url.includes(eventId)) await cache.delete(request);
      }
    }
  } catch {
    // Cache Storage unavailable (private mode): nothing was cached.
  }
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name);
    // "blocked" means a tab still has it open; the deletion completes once that tab closes its copy.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
