import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '@rembuk/shared';
import { syncStep2Message } from './frames.js';
import { SyncAnswerCache } from './SyncAnswerCache.js';

describe('SyncAnswerCache', () => {
  it('answers equal state vectors with one encoding until the board changes', () => {
    const doc = new Y.Doc();
    addCard(doc, { kind: 'challenge', text: 'calo' });
    const cache = new SyncAnswerCache(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = cache.answer(empty);
    expect(cache.answer(new Uint8Array(empty))).toBe(first);
    expect(first).toEqual(syncStep2Message(doc, empty));
    addCard(doc, { kind: 'action', text: 'sosialisasi' });
    cache.clear();
    const after = cache.answer(empty);
    expect(after).not.toBe(first);
    expect(after).toEqual(syncStep2Message(doc, empty));
  });

  it('keeps answers for different state vectors apart', () => {
    const doc = new Y.Doc();
    addCard(doc, { kind: 'challenge', text: 'calo' });
    const cache = new SyncAnswerCache(doc);
    const upToDate = Y.encodeStateVector(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    expect(cache.answer(upToDate)).toEqual(syncStep2Message(doc, upToDate));
    expect(cache.answer(empty)).toEqual(syncStep2Message(doc, empty));
    expect(cache.answer(upToDate).byteLength).toBeLessThan(cache.answer(empty).byteLength);
  });
});
