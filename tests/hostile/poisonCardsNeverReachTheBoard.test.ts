import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES, addCard, boardDocName, cardsOf, newCardId, readBoard, type CardId, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { latest, openControl, type ControlSocket } from '../support/controlClient.js';
import { EVERY_FORMAT_OK, closeCodeWithin, exportEveryFormat, openRawParticipant, severalValuesUpdate, updateFrame, updateOf } from '../support/hostileYjs.js';
import { createAccessKey, createTestEvent, eventually, startTestServer, untilServerHas, type TestServer } from '../support/testServer.js';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';

/**
 * Issue 9, item 1: one update that puts a value in `cards` that is not a card map used to be applied and kept
 * (closed with 4400, the value stayed, survived a restart) and from then on every export answered 500 and the
 * wall and dashboards stopped. Now the update gate refuses it whole (4422) and readers skip whatever a board
 * stored before the gate.
 */

type Cards = Y.Map<unknown>;
const cardsIn = (doc: Y.Doc): Cards => doc.getMap<unknown>('cards');

/** A card map as the shipped client writes it, then `spoil` makes it something else. */
function spoiledCard(spoil: (card: Y.Map<unknown>) => void): Y.Map<unknown> {
  const card = new Y.Map<unknown>();
  card.set('kind', 'challenge');
  card.set('text', new Y.Text('kartu yang tampak sah'));
  card.set('position', 1);
  card.set('status', 'draft');
  card.set('notForScreen', false);
  spoil(card);
  return card;
}

/** Each poison: the value put under a key of `cards` (a fresh card id unless the poison is the key itself). */
const POISONS: { name: string; key?: string; value: () => unknown }[] = [
  { name: 'a number', value: () => 5 },
  { name: 'a string', value: () => 'kartu palsu' },
  { name: 'null', value: () => null },
  { name: 'a boolean', value: () => true },
  { name: 'an array (ContentAny)', value: () => [1, 'dua', { tiga: 3 }] },
  { name: 'a plain object', value: () => ({ kind: 'challenge', text: 'bukan Y.Map' }) },
  { name: 'a Y.Text', value: () => new Y.Text('teks lepas') },
  { name: 'a Y.Array', value: () => Y.Array.from([1, 2, 3]) },
  {
    name: 'a Y.Map that is not a card',
    value: () => {
      const map = new Y.Map<unknown>();
      map.set('nama', 'Budi');
      return map;
    },
  },
  { name: 'a Y.XmlFragment', value: () => new Y.XmlFragment() },
  { name: 'a card with an extra field', value: () => spoiledCard((card) => card.set('author', 'Budi, 0812-3456-7890')) },
  { name: 'a card whose text is a string', value: () => spoiledCard((card) => card.set('text', 'teks polos')) },
  { name: 'a card whose position is a string', value: () => spoiledCard((card) => card.set('position', 'pertama')) },
  { name: 'a card whose kind is a number', value: () => spoiledCard((card) => card.set('kind', 7)) },
  { name: 'a card under a key that is not a card id', key: 'BUKAN-ID/../kartu', value: () => spoiledCard(() => {}) },
];

describe('poison cards', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-poison-'));
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let writer: BoardClient;
  const sockets: ControlSocket[] = [];
  const clients: BoardClient[] = [];
  /** The valid cards on the board, and every key a poison was sent under. */
  const validCards: CardId[] = [];
  const poisonKeys: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ dataDir });
    reply = await createTestEvent(server.url, { title: 'Rapat beracun', groups: ['NTT'] });
    groupId = reply.event.groups[0]!.id;
    writer = await joinBoard(server, reply.event, groupId);
    await writer.synced;
    validCards.push(addCard(writer.doc, { kind: 'challenge', text: 'Perekrutan lewat media sosial' }));
    await untilServerHas(server, reply.event.id, groupId, validCards);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const client of clients) client.destroy();
    writer?.destroy();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ...POISONS.map(({ name, key, value }) => ({ name, key, update: (at: string) => updateOf((doc) => cardsIn(doc).set(at, value())) })),
    // No Yjs API writes this: the entry reads as its last value, 5.
    { name: 'several values in one ContentAny', key: undefined, update: (at: string) => severalValuesUpdate('cards', at, ['tersembunyi', 5]) },
  ])('refuses $name under a card id with 4422, and a fresh client never sees it', async ({ key: poisonKey, update }) => {
    const key = poisonKey ?? newCardId();
    poisonKeys.push(key);
    const raw = await openRawParticipant(server, reply.event, groupId);
    await raw.ready;
    raw.socket.send(updateFrame(update(key)));
    expect(await closeCodeWithin(raw)).toBe(CLOSE_CODES.schemaViolation);

    const fresh = await joinBoard(server, reply.event, groupId);
    clients.push(fresh);
    await fresh.synced;
    expect(cardsOf(fresh.doc).has(key)).toBe(false);
    expect([...cardsOf(fresh.doc).keys()].sort()).toEqual([...validCards].sort());
    expect(readBoard(fresh.doc).challenges.map((card) => card.id)).toEqual(validCards);
    fresh.destroy();
  });

  it('leave every export format of the event rendering', async () => {
    const { statuses, texts } = await exportEveryFormat(server, reply);
    expect(statuses).toEqual(EVERY_FORMAT_OK);
    for (const [format, text] of Object.entries(texts)) expect(text, format).toContain('Perekrutan lewat media sosial');
  });

  it('leave the dashboard and the projector wall following the board', async () => {
    const { secret } = await createAccessKey(server.url, reply, { role: 'projector' });
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    const projector = await openControl(server.url, { token: secret, eventId: reply.event.id });
    sockets.push(organizer, projector);
    const added = addCard(writer.doc, { kind: 'challenge', text: 'Calo di terminal bus' });
    validCards.push(added);
    await eventually(() => expect(latest(organizer, 'dashboard')()?.find((row) => row.groupId === groupId)).toMatchObject({ challenges: 2 }));
    await eventually(() =>
      expect(latest(projector, 'wall')()?.groups.find((group) => group.groupId === groupId)?.challenges.map((card) => card.text)).toContain('Calo di terminal bus'),
    );
  });

  it('bring none of them back after a restart on the same data', async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    writer.destroy();
    await server.close();
    server = await startTestServer({ dataDir });
    const fresh = await joinBoard(server, reply.event, groupId);
    clients.push(fresh);
    await fresh.synced;
    for (const key of poisonKeys) expect(cardsOf(fresh.doc).has(key), key).toBe(false);
    expect([...cardsOf(fresh.doc).keys()].sort()).toEqual([...validCards].sort());
    expect(readBoard(fresh.doc).challenges.map((card) => card.text)).toEqual(['Perekrutan lewat media sosial', 'Calo di terminal bus']);
    expect((await exportEveryFormat(server, reply)).statuses).toEqual(EVERY_FORMAT_OK);
  });
});

describe('readers', () => {
  let server: TestServer;
  const sockets: ControlSocket[] = [];
  const clients: BoardClient[] = [];
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const client of clients) client.destroy();
    await server?.close();
  });

  it('skip entries a board stored before the gate: exports, a fresh client, the dashboard and the wall all work', async () => {
    server = await startTestServer();
    const reply = await createTestEvent(server.url, { title: 'Rapat lama', groups: ['Jawa'] });
    const groupId = reply.event.groups[0]!.id;
    // Written to the store before anyone opened the board, as a server without the gate would have kept it.
    const stored = updateOf((doc) => {
      addCard(doc, { kind: 'challenge', text: 'Kartu dari sebelum gerbang' });
      const cards = cardsIn(doc);
      cards.set(newCardId(), 5);
      cards.set(newCardId(), 'kartu palsu');
      cards.set(newCardId(), null);
      cards.set(newCardId(), [1, 2]);
      cards.set(newCardId(), new Y.Text('teks lepas'));
      cards.set(newCardId(), Y.Array.from([1]));
      cards.set('BUKAN-ID', spoiledCard(() => {}));
    });
    await server.storage.appendUpdates(boardDocName(reply.event.id, groupId), [stored]);

    const { statuses, texts } = await exportEveryFormat(server, reply);
    expect(statuses).toEqual(EVERY_FORMAT_OK);
    for (const [format, text] of Object.entries(texts)) expect(text, format).toContain('Kartu dari sebelum gerbang');

    const fresh = await joinBoard(server, reply.event, groupId);
    clients.push(fresh);
    await fresh.synced;
    expect(readBoard(fresh.doc).challenges.map((card) => card.text)).toEqual(['Kartu dari sebelum gerbang']);

    const { secret } = await createAccessKey(server.url, reply, { role: 'projector' });
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    const projector = await openControl(server.url, { token: secret, eventId: reply.event.id });
    sockets.push(organizer, projector);
    const wallTexts = () => latest(projector, 'wall')()?.groups.find((group) => group.groupId === groupId)?.challenges.map((card) => card.text);
    await eventually(() => expect(latest(organizer, 'dashboard')()?.find((row) => row.groupId === groupId)).toMatchObject({ challenges: 1 }));
    await eventually(() => expect(wallTexts()).toEqual(['Kartu dari sebelum gerbang']));
    addCard(fresh.doc, { kind: 'challenge', text: 'Kartu sesudah gerbang' });
    await eventually(() => expect(latest(organizer, 'dashboard')()?.find((row) => row.groupId === groupId)).toMatchObject({ challenges: 2 }));
    await eventually(() => expect(wallTexts()).toEqual(['Kartu dari sebelum gerbang', 'Kartu sesudah gerbang']));
  });
});
