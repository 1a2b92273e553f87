/**
 * localStorage and sessionStorage that never throw: private browsing, full quotas and disabled storage make the
 * app forget things, never crash.
 */
export type StorageKind = 'local' | 'session';

export function readStored(kind: StorageKind, key: string): string | null {
  try {
    return storageOf(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(kind: StorageKind, key: string, value: string): void {
  try {
    storageOf(kind)?.setItem(key, value);
  } catch {
    // Remembering is a convenience; the current page keeps working without it.
  }
}

export function removeStored(kind: StorageKind, key: string): void {
  try {
    storageOf(kind)?.removeItem(key);
  } catch {
    // Nothing to forget if storage is unavailable.
  }
}

export function removeStoredWithPrefix(kind: StorageKind, prefix: string): void {
  try {
    const storage = storageOf(kind);
    if (!storage) return;
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing to forget if storage is unavailable.
  }
}

function storageOf(kind: StorageKind): Storage | undefined {
  return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
}
