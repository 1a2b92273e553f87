import { describe, expect, it } from 'vitest';
import { addCard } from '@rembuk/shared';
import { MemoryStorage } from '../storage/MemoryStorage.js';
import { silentLogger } from '../util/logger.js';
import { BoardRoom } from './BoardRoom.js';

/** Appends wait for the test to let them through: a write in flight when the event is deleted. */
class HeldStorage extends MemoryStorage {
  compactions = 0;
  private releaseAppend: () => void = () => {};
  private started: () => void = () => {};
  readonly appendStarted = new Promise<void>((started) => {
    this.started = started;
  });

  override async appendUpdates(docName: string, updates: readonly Uint8Array[]): Promise<void> {
    this.started();
    await new Promise<void>((resolve) => {
      this.releaseAppend = resolve;
    });
    await super.appendUpdates(docName, updates);
  }

  override async compact(docName: string, snapshot: Uint8Array): Promise<void> {
    this.compactions += 1;
    await super.compact(docName, snapshot);
  }

  letAppendThrough(): void {
    this.releaseAppend();
  }
}

describe('BoardRoom.discard', () => {
  it('writes nothing back and tells no one when its event is deleted during a write', async () => {
    const store = new HeldStorage();
    const changed: string[] = [];
    // Compacting after every append: a snapshot would follow the write at once if nothing stopped it.
    const room = await BoardRoom.load('evt00001.grp1', store, { compactAfterUpdates: 1, persistRetryMs: 10, onChanged: (name) => changed.push(name) }, silentLogger);
    addCard(room.doc, { kind: 'challenge', text: 'ditulis sebelum penghapusan' });
    await store.appendStarted;
    room.discard();
    store.letAppendThrough();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.compactions).toBe(0);
    expect(changed).toEqual([]);
    expect(room.isDestroyed).toBe(true);
  });
});
