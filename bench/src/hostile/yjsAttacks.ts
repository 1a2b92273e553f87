import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CARD_KEYS, addCard, cardsOf, cardText, newCardId } from '@rembuk/shared';
import { MESSAGE_AWARENESS, ownAwarenessFrame, syncStep1Frame, updateFrame } from '../load/wire.js';
import { emptyStats, type Attacker, type AttackerKind } from './Attacker.js';
import { MAX_QUEUED_BYTES, Pump } from './Pump.js';
import { ReconnectingSocket } from './ReconnectingSocket.js';

export type YjsAttackKind = Extract<AttackerKind, 'syncStep1Amplification' | 'schemaBreakers' | 'pendingStructs' | 'awarenessFlood'>;

/**
 * A frame source for one connection: made anew on every (re)connect, so an attack that needs a fresh Yjs client id
 * (schema breakers, awareness) gets one, as a reloaded hostile page would.
 */
type FrameSource = () => Uint8Array;

/**
 * One Yjs connection attacking its own board (`url`, a participant ticket in the query) at `perSecond` frames:
 * (c) SyncStep1 "I have nothing" frames, each answered with the whole board; (d) updates that break the board
 * schema (values that are no card, unknown or moderated keys, embeds); (e) updates whose structs depend on a card
 * the server never saw, `pendingBytes` each; (f) awareness at the size limit, now and then over it or for a
 * thousand client ids.
 */
export function yjsAttack(kind: YjsAttackKind, url: string, perSecond: number, pendingBytes: number): Attacker {
  const stats = emptyStats();
  let next: FrameSource = () => new Uint8Array(0);
  const socket = new ReconnectingSocket(url, stats, () => {
    next = SOURCES[kind](pendingBytes);
  });
  const pump = new Pump(perSecond, () => socket.bufferedAmount <= MAX_QUEUED_BYTES && socket.send(next()));
  return {
    kind,
    stats,
    start() {
      socket.start();
      pump.start();
    },
    stop() {
      pump.stop();
      socket.stop();
    },
  };
}

const SOURCES: Record<YjsAttackKind, (pendingBytes: number) => FrameSource> = {
  syncStep1Amplification: () => {
    const empty = syncStep1Frame(new Y.Doc());
    return () => empty;
  },
  schemaBreakers: () => {
    const doc = new Y.Doc();
    let n = 0;
    // Mostly breakers the server reverts (each revert is stored too); one in 500 a value it closes
    // the sender for (often enough to test reconnecting, rarely enough that the reverts are the load).
    return () => {
      n++;
      const breakers = n % 500 === 0 ? CLOSING_BREAKERS : REVERTED_BREAKERS;
      return updateFrame(capture(doc, () => breakers[n % breakers.length]?.(doc)));
    };
  },
  pendingStructs: (pendingBytes) => {
    // The card (and its text) is created but never sent: every later insert into it waits for it on the server.
    const ghost = new Y.Doc();
    const id = addCard(ghost, { kind: 'challenge', text: 'dasar yang tidak pernah dikirim' });
    const text = cardText(cardsOf(ghost).get(id) ?? new Y.Map<unknown>());
    const chunk = 'x'.repeat(pendingBytes);
    return () => updateFrame(capture(ghost, () => text?.insert(0, chunk)));
  },
  awarenessFlood: () => {
    const clientId = Math.floor(Math.random() * 2 ** 31);
    let clock = 0;
    let n = 0;
    const atLimit = { cursor: { anchor: 'x'.repeat(900) } };
    const oversize = { cursor: { anchor: 'x'.repeat(64 * 1024) } };
    const manyClients = manyClientsFrame(1000); // about 1 MB
    return () => {
      n++;
      // Mostly states at the size limit (kept and broadcast); now and then one the server must refuse.
      if (n % 500 === 0) return ownAwarenessFrame(clientId, ++clock, oversize);
      if (n % 500 === 250) return manyClients;
      return ownAwarenessFrame(clientId, ++clock, atLimit);
    };
  },
};

/** Each breaks the board schema in its own way; the server must refuse or revert every one. Today: closed with 4400. */
const CLOSING_BREAKERS: ((doc: Y.Doc) => void)[] = [
  (doc) => cardsOf(doc).set(newCardId(), 42 as unknown as Y.Map<unknown>),
  (doc) => cardsOf(doc).set(newCardId(), null as unknown as Y.Map<unknown>),
  (doc) => cardsOf(doc).set(newCardId(), new Y.Text('bukan kartu') as unknown as Y.Map<unknown>),
  (doc) => cardsOf(doc).set(newCardId(), new Y.Array<unknown>() as unknown as Y.Map<unknown>),
];

/** Cards the server reverts today (the connection stays open). */
const REVERTED_BREAKERS: ((doc: Y.Doc) => void)[] = [
  (doc) => cardsOf(doc).set(newCardId(), card({ author: 'Budi, 0812…' })),
  (doc) => cardsOf(doc).set(newCardId(), card({ [CARD_KEYS.status]: 'agreed' })),
  (doc) => {
    const text = new Y.Text('teks');
    text.insertEmbed(0, { image: 'x'.repeat(1024) });
    cardsOf(doc).set(newCardId(), card({ [CARD_KEYS.text]: text }));
  },
];

function card(overrides: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set(CARD_KEYS.kind, 'challenge');
  map.set(CARD_KEYS.position, Math.random());
  map.set(CARD_KEYS.status, 'draft');
  map.set(CARD_KEYS.notForScreen, false);
  if (!(CARD_KEYS.text in overrides)) map.set(CARD_KEYS.text, new Y.Text('kartu'));
  for (const [key, value] of Object.entries(overrides)) map.set(key, value);
  return map;
}

function capture(doc: Y.Doc, change: () => void): Uint8Array {
  let captured: Uint8Array = new Uint8Array(0);
  const keep = (update: Uint8Array): void => {
    captured = update;
  };
  doc.on('update', keep);
  doc.transact(change);
  doc.off('update', keep);
  return captured;
}

/** One awareness frame speaking for `count` client ids (a connection may control at most 4). */
function manyClientsFrame(count: number): Uint8Array {
  const entries = encoding.createEncoder();
  encoding.writeVarUint(entries, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(entries, 1_000_000 + i);
    encoding.writeVarUint(entries, 1);
    encoding.writeVarString(entries, JSON.stringify({ cursor: { anchor: 'x'.repeat(900) } }));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(entries));
  return encoding.toUint8Array(frame);
}
