import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AWARENESS_REFRESH_MS, AWARENESS_TICK_MS, AwarenessFanout } from './AwarenessFanout.js';
import type { YjsConnection } from './YjsConnection.js';

/** A receiver that records the client ids of every awareness message it is sent. */
function receiver(controlled: number[]): YjsConnection & { received: number[][] } {
  const received: number[][] = [];
  const fake = {
    controlledClientIds: new Set(controlled),
    received,
    sendAwarenessMessage(message: Uint8Array) {
      const decoder = decoding.createDecoder(message);
      decoding.readVarUint(decoder); // message type
      const update = decoding.readVarUint8Array(decoder);
      const inner = decoding.createDecoder(update);
      const count = decoding.readVarUint(inner);
      const ids: number[] = [];
      for (let i = 0; i < count; i++) {
        ids.push(decoding.readVarUint(inner));
        decoding.readVarUint(inner);
        decoding.readVarString(inner);
      }
      received.push(ids);
    },
  };
  return fake as unknown as YjsConnection & { received: number[][] };
}

/** Give the room's awareness a state for each client id, as if each had sent one. */
function withStates(awareness: awarenessProtocol.Awareness, clientIds: number[]): void {
  for (const clientId of clientIds) {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    const remote = new awarenessProtocol.Awareness(doc);
    remote.setLocalState({ editing: { cardId: 'c1', field: 'text' } });
    awarenessProtocol.applyAwarenessUpdate(awareness, awarenessProtocol.encodeAwarenessUpdate(remote, [clientId]), 'remote');
    remote.destroy();
  }
}

describe('AwarenessFanout', () => {
  afterEach(() => vi.useRealTimers());

  it('sends the changes of one tick as one message, and no one its own states', () => {
    vi.useFakeTimers();
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    withStates(awareness, [11, 22]);
    const alice = receiver([11]);
    const bob = receiver([22]);
    const reader = receiver([]);
    const fanout = new AwarenessFanout(awareness, new Set([alice, bob, reader]));
    fanout.note([11]);
    fanout.note([22]);
    fanout.note([11]);
    expect(reader.received).toEqual([]);
    vi.advanceTimersByTime(AWARENESS_TICK_MS);
    expect(reader.received).toEqual([[11, 22]]);
    expect(alice.received).toEqual([[22]]);
    expect(bob.received).toEqual([[11]]);
    fanout.note([11]);
    vi.advanceTimersByTime(AWARENESS_TICK_MS);
    expect(alice.received).toHaveLength(1); // a tick of only its own change sends it nothing
    expect(reader.received).toEqual([[11, 22], [11]]);
    awareness.destroy();
  });

  it('hands what waits to the next document broadcast instead of its timer', () => {
    vi.useFakeTimers();
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    withStates(awareness, [5]);
    const reader = receiver([]);
    const fanout = new AwarenessFanout(awareness, new Set([reader]));
    fanout.note([5]);
    const send = fanout.take();
    expect(send).not.toBeNull();
    send!(reader);
    vi.advanceTimersByTime(AWARENESS_TICK_MS * 2);
    expect(reader.received).toEqual([[5]]);
    expect(fanout.take()).toBeNull();
    awareness.destroy();
  });
});

describe('AwarenessFanout renewals', () => {
  afterEach(() => vi.useRealTimers());

  it('relays a renewal that changes nothing only when receivers need one to keep the client listed', () => {
    vi.useFakeTimers();
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    withStates(awareness, [7]);
    const reader = receiver([]);
    const fanout = new AwarenessFanout(awareness, new Set([reader]));
    fanout.note([7]);
    vi.advanceTimersByTime(AWARENESS_TICK_MS);
    expect(reader.received).toEqual([[7]]);
    fanout.noteRenewal([7]);
    vi.advanceTimersByTime(AWARENESS_TICK_MS);
    expect(reader.received).toHaveLength(1);
    vi.advanceTimersByTime(AWARENESS_REFRESH_MS);
    fanout.noteRenewal([7]);
    vi.advanceTimersByTime(AWARENESS_TICK_MS);
    expect(reader.received).toEqual([[7], [7]]);
    awareness.destroy();
  });
});
