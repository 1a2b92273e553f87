import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CLOSE_CODES,
  LIMITS,
  addCard,
  getCard,
  readBoard,
  setActionField,
  type CardId,
  type CreateEventReply,
  type GroupId,
} from '@rembuk/shared';
import { closeCodeWithin, openRawParticipant, severalValuesUpdate, storedLog, updateFrame, updateOf, updateOnTopOf } from '../support/hostileYjs.js';
import { createTestEvent, eventually, startTestServer, untilServerHas, type TestServer } from '../support/testServer.js';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';

/**
 * Issue 9, item 5: a 200 KB embed or formatting attribute inside a card's Y.Text was kept (text length counted an
 * embed as 1, so the 2,000-character limit did not hold), and a board had no size limit. Now a card text holds
 * plain strings only (4422 otherwise), fields are counted in UTF-16 units and bytes, and a board stops at
 * `LIMITS.maxBoardBytes` (4413).
 */

const CHALLENGE_TEXT = 'Perekrutan lewat media sosial';
const big = (mark: string) => `${mark}:${'x'.repeat(200_000)}`;
const textOf = (doc: Y.Doc, id: CardId) => getCard(doc, id)!.get('text') as Y.Text;

describe('card text', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let observer: BoardClient;
  let challenge: CardId;
  let action: CardId;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url, { title: 'Teks polos', groups: ['Teks', 'Penuh'] });
    groupId = reply.event.groups[0]!.id;
    observer = await joinBoard(server, reply.event, groupId);
    await observer.synced;
    challenge = addCard(observer.doc, { kind: 'challenge', text: CHALLENGE_TEXT });
    action = addCard(observer.doc, { kind: 'action', text: 'Literasi digital' });
    await untilServerHas(server, reply.event.id, groupId, [challenge, action]);
  });
  afterAll(async () => {
    observer?.destroy();
    await server?.close();
  });

  /** Each hidden payload, written by a hand-made client on top of the board as it is. */
  const PAYLOADS: { name: string; mark: string; update: () => Uint8Array }[] = [
    { name: 'a 200 KB embed', mark: 'EMBED-7f3a', update: () => updateOnTopOf(observer.doc, (doc) => textOf(doc, challenge).insertEmbed(0, { big: big('EMBED-7f3a') })) },
    {
      name: 'a 200 KB formatting attribute',
      mark: 'FORMAT-8b1c',
      update: () => updateOnTopOf(observer.doc, (doc) => textOf(doc, challenge).format(0, 1, { bold: big('FORMAT-8b1c') })),
    },
    {
      name: 'text inserted with a 200 KB attribute',
      mark: 'INSERT-2d9e',
      update: () => updateOnTopOf(observer.doc, (doc) => textOf(doc, challenge).insert(0, 'a', { attr: big('INSERT-2d9e') })),
    },
    {
      name: 'an attribute on the Y.Text itself',
      mark: 'SETATTR-5c4b',
      update: () => updateOnTopOf(observer.doc, (doc) => textOf(doc, challenge).setAttribute('lang', big('SETATTR-5c4b'))),
    },
    {
      name: 'a nested type inserted in the text',
      mark: 'NESTED-1a6f',
      update: () =>
        updateOnTopOf(observer.doc, (doc) => {
          const nested = new Y.Map<unknown>();
          nested.set('isi', 'NESTED-1a6f');
          textOf(doc, challenge).insertEmbed(3, nested);
        }),
    },
    {
      // No Yjs API writes this: one ContentAny of two values reads as its last one, a valid scope.
      name: 'a 200 KB value hidden before a valid scope in one ContentAny',
      mark: 'SEVERAL-3f8a',
      update: () => severalValuesUpdate(getCard(observer.doc, challenge)!._item!.id, 'scope', [big('SEVERAL-3f8a'), 'local']),
    },
    {
      name: 'a 200 KB embed in the text of a new card',
      mark: 'NEWCARD-9e2d',
      update: () =>
        updateOf((doc) => {
          const id = addCard(doc, { kind: 'challenge', text: 'kartu baru' });
          textOf(doc, id).insertEmbed(0, { big: big('NEWCARD-9e2d') });
        }),
    },
  ];

  it.each(PAYLOADS)('refuses $name with 4422; neither a fresh client nor the stored log ever holds it', async ({ mark, update }) => {
    const raw = await openRawParticipant(server, reply.event, groupId);
    await raw.ready;
    raw.socket.send(updateFrame(update()));
    expect(await closeCodeWithin(raw)).toBe(CLOSE_CODES.schemaViolation);

    const fresh = await joinBoard(server, reply.event, groupId);
    try {
      // Synced means answered from durable state: whatever the server applied is in the store by now.
      await fresh.synced;
      expect(Buffer.from(Y.encodeStateAsUpdate(fresh.doc)).includes(mark)).toBe(false);
      const text = textOf(fresh.doc, challenge);
      expect(text.toDelta()).toEqual([{ insert: CHALLENGE_TEXT }]);
      expect(text.getAttributes()).toEqual({});
      expect(readBoard(fresh.doc).challenges.map((card) => card.text)).toEqual([CHALLENGE_TEXT]);
    } finally {
      fresh.destroy();
    }
    const { rows } = await storedLog(server, reply.event.id, groupId);
    expect(rows.filter((row) => row.includes(mark))).toHaveLength(0);
  });

  it(`counts an action field in UTF-16 units: ${LIMITS.maxFieldLength / 2} emoji are kept, one more is refused with 4422`, async () => {
    const fits = '😀'.repeat(LIMITS.maxFieldLength / 2);
    const over = `${fits}😀`;
    expect(fits.length).toBe(LIMITS.maxFieldLength);

    const writer = await openRawParticipant(server, reply.event, groupId);
    await writer.ready;
    writer.socket.send(updateFrame(updateOnTopOf(observer.doc, (doc) => getCard(doc, action)!.set('firstStep', fits))));
    await eventually(() => expect(readBoard(observer.doc).actions[0]?.firstStep).toBe(fits));
    writer.socket.close();

    const rogue = await openRawParticipant(server, reply.event, groupId);
    await rogue.ready;
    rogue.socket.send(updateFrame(updateOnTopOf(observer.doc, (doc) => getCard(doc, action)!.set('firstStep', over))));
    expect(await closeCodeWithin(rogue)).toBe(CLOSE_CODES.schemaViolation);
    const fresh = await joinBoard(server, reply.event, groupId);
    try {
      await fresh.synced;
      expect(readBoard(fresh.doc).actions[0]?.firstStep).toBe(fits);
    } finally {
      fresh.destroy();
    }
  });

  it(`stops a board at ${LIMITS.maxBoardBytes} bytes with 4413, keeping it whole and open to a fresh client`, async () => {
    const fullGroup = reply.event.groups[1]!.id;
    const CARDS_PER_CHUNK = 40;
    const MAX_CHUNKS = 10;
    // Every character 3 bytes: an action card's text and five fields at their limits are about 10.5 KB, so the
    // board fills up well before the card limit (LIMITS.maxCardsPerBoard) would revert anything.
    const rogueDoc = new Y.Doc();
    const chunk = (index: number): Uint8Array => {
      const before = Y.encodeStateVector(rogueDoc);
      rogueDoc.transact(() => {
        for (let i = 0; i < CARDS_PER_CHUNK; i++) {
          const id = addCard(rogueDoc, { kind: 'action', text: `c${index}k${i} `.padEnd(LIMITS.maxCardTextLength, '€') });
          for (const field of ['responsibleOrg', 'partners', 'resources', 'indicator', 'firstStep'] as const) {
            setActionField(rogueDoc, id, field, '€'.repeat(LIMITS.maxFieldLength));
          }
        }
      });
      return Y.encodeStateAsUpdate(rogueDoc, before);
    };
    const chunks = Array.from({ length: MAX_CHUNKS }, (_, index) => chunk(index));
    const chunkBytes = Math.max(...chunks.map((update) => update.byteLength));
    expect(chunks.reduce((sum, update) => sum + update.byteLength, 0)).toBeGreaterThan(LIMITS.maxBoardBytes + chunkBytes);

    const raw = await openRawParticipant(server, reply.event, fullGroup);
    await raw.ready;
    for (const update of chunks) raw.socket.send(updateFrame(update));
    expect(await closeCodeWithin(raw, 10_000)).toBe(CLOSE_CODES.boardFull);

    const fresh = await joinBoard(server, reply.event, fullGroup);
    try {
      await fresh.synced;
      const boardBytes = Y.encodeStateAsUpdate(fresh.doc).byteLength;
      const cards = readBoard(fresh.doc).actions;
      const kept = cards.length / CARDS_PER_CHUNK;
      console.log(`board full at ${boardBytes} bytes: ${kept} of ${MAX_CHUNKS} chunks of ${chunkBytes} bytes kept`);
      // Whole updates only, and nothing past the limit.
      expect(Number.isInteger(kept) && kept > 0 && kept < MAX_CHUNKS).toBe(true);
      expect(boardBytes).toBeLessThanOrEqual(LIMITS.maxBoardBytes);
      expect(boardBytes).toBeGreaterThan(LIMITS.maxBoardBytes - chunkBytes);
      const { rows } = await storedLog(server, reply.event.id, fullGroup);
      for (let index = kept; index < MAX_CHUNKS; index++) expect(rows.some((row) => row.includes(`c${index}k0 `))).toBe(false);
      expect(rows.some((row) => row.includes(`c${kept - 1}k0 `))).toBe(true);
      // A full board still takes a small card, and stays open for everyone.
      const small = addCard(fresh.doc, { kind: 'challenge', text: 'masih muat' });
      await untilServerHas(server, reply.event.id, fullGroup, [small]);
      expect(fresh.closeCodes).toEqual([]);
    } finally {
      fresh.destroy();
      rogueDoc.destroy();
    }
  });
});
