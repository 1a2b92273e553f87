import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import {
  addCard,
  boardDocName,
  cardsOf,
  linkActionToChallenge,
  readBoard,
  type CardId,
  type CreateEventReply,
  type GroupId,
} from '@rembuk/shared';
import { openControl, sendCommand, sendVote, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createAccessKey, createTestEvent, eventually, serverBoard, startTestServer, takeSeat, untilServerHas, type TestServer } from '../support/testServer.js';

describe('moderation', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let facilitator: ControlSocket;
  let board: BoardClient;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    groupId = reply.event.groups[0]!.id;
    const { secret } = await createAccessKey(server.url, reply, { role: 'facilitator', groupIds: [groupId] });
    facilitator = await openControl(server.url, { token: secret, eventId: reply.event.id });
    board = connectBoard(server.yjsUrl, reply.event.id, groupId, secret);
    await board.synced;
  });
  afterAll(async () => {
    facilitator.disconnect();
    board.destroy();
    await server.close();
  });

  const card = (id: CardId) => readBoard(board.doc).challenges.find((candidate) => candidate.id === id);
  const moderate = (cardId: CardId, action: string) => sendCommand(facilitator, { type: 'moderate', groupId, cardId, action });

  it('hides, agrees and marks not-for-screen, and undoes each step last first', async () => {
    const id = addCard(board.doc, { kind: 'challenge', text: 'Kartu uji' });
    await untilServerHas(server, reply.event.id, groupId, [id]);
    expect(await moderate(id, 'agree')).toEqual({ ok: true });
    expect(await moderate(id, 'notForScreen')).toEqual({ ok: true });
    expect(await moderate(id, 'hide')).toEqual({ ok: true });
    await eventually(() => expect(card(id)).toMatchObject({ status: 'hidden', notForScreen: true }));
    expect(await sendCommand(facilitator, { type: 'undoModeration', groupId })).toEqual({ ok: true });
    await eventually(() => expect(card(id)).toMatchObject({ status: 'agreed', notForScreen: true }));
    expect(await sendCommand(facilitator, { type: 'undoModeration', groupId })).toEqual({ ok: true });
    expect(await sendCommand(facilitator, { type: 'undoModeration', groupId })).toEqual({ ok: true });
    await eventually(() => expect(card(id)).toMatchObject({ status: 'draft', notForScreen: false }));
    expect(await sendCommand(facilitator, { type: 'undoModeration', groupId })).toMatchObject({ ok: false, reason: 'nothing_to_undo' });
  });

  it('does not let a participant unhide a card through the document', async () => {
    const id = addCard(board.doc, { kind: 'challenge', text: 'disembunyikan' });
    await untilServerHas(server, reply.event.id, groupId, [id]);
    expect(await moderate(id, 'hide')).toEqual({ ok: true });
    const participant = await joinBoard(server, reply.event, groupId);
    await participant.synced;
    await eventually(() => expect(cardsOf(participant.doc).get(id)?.get('status')).toBe('hidden'));
    cardsOf(participant.doc).get(id)!.set('status', 'draft');
    // The server's revert reaching the participant proves its write was handled (and refused).
    await eventually(() => expect(cardsOf(participant.doc).get(id)?.get('status')).toBe('hidden'));
    expect(card(id)?.status).toBe('hidden');
    // Nor by replacing the whole card with a fresh draft under the same id.
    const fresh = new Y.Map<unknown>();
    fresh.set('kind', 'challenge');
    fresh.set('text', new Y.Text('muncul lagi'));
    fresh.set('position', 1);
    fresh.set('status', 'draft');
    cardsOf(participant.doc).set(id, fresh);
    await eventually(() => expect(readBoard(participant.doc).challenges.find((candidate) => candidate.id === id)).toMatchObject({ status: 'hidden', text: 'disembunyikan' }));
    expect(card(id)).toMatchObject({ status: 'hidden', text: 'disembunyikan' });
    participant.destroy();
  });

  it('merges a duplicate: its links move to the kept card and its votes are summed onto it', async () => {
    const kept = addCard(board.doc, { kind: 'challenge', text: 'Perekrutan daring' });
    const duplicate = addCard(board.doc, { kind: 'challenge', text: 'Rekrut lewat medsos' });
    const action = addCard(board.doc, { kind: 'action', text: 'Literasi digital' });
    const both = addCard(board.doc, { kind: 'action', text: 'Patroli siber' });
    linkActionToChallenge(board.doc, action, duplicate, true);
    linkActionToChallenge(board.doc, both, duplicate, true);
    linkActionToChallenge(board.doc, both, kept, true);
    await eventually(() => expect(serverBoard(server, reply.event.id, groupId)?.actions.find((card) => card.id === both)?.addresses).toHaveLength(2));
    expect(await sendCommand(facilitator, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'vote' })).toEqual({ ok: true });
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, groupId);
    const phone = await openControl(server.url, { token: ticket, eventId: reply.event.id });
    expect(await sendVote(phone, kept, 1)).toEqual({ ok: true });
    expect(await sendVote(phone, duplicate, 1)).toEqual({ ok: true });
    phone.disconnect();

    expect(await sendCommand(facilitator, { type: 'merge', groupId, cardId: duplicate, intoCardId: kept })).toEqual({ ok: true });
    await eventually(() => {
      expect(card(duplicate)).toMatchObject({ status: 'merged', mergedInto: kept });
      expect(readBoard(board.doc).actions.find((candidate) => candidate.id === action)?.addresses).toEqual([kept]);
    });
    const rows = await server.storage.listVotes(reply.event.id, groupId);
    expect(rows.filter((row) => row.cardId === kept).reduce((sum, row) => sum + row.count, 0)).toBe(2);
    expect(rows.some((row) => row.cardId === duplicate)).toBe(false);

    expect(await sendCommand(facilitator, { type: 'undoModeration', groupId })).toEqual({ ok: true });
    await eventually(() => {
      expect(card(duplicate)).toMatchObject({ status: 'draft', mergedInto: null });
      expect(readBoard(board.doc).actions.find((candidate) => candidate.id === action)?.addresses).toEqual([duplicate]);
      // An action that addressed both keeps both.
      expect(readBoard(board.doc).actions.find((candidate) => candidate.id === both)?.addresses.sort()).toEqual([kept, duplicate].sort());
    });
    const restored = await server.storage.listVotes(reply.event.id, groupId);
    expect(restored.find((row) => row.cardId === duplicate)?.count).toBe(1);
    expect(await sendCommand(facilitator, { type: 'merge', groupId, cardId: duplicate, intoCardId: action })).toMatchObject({ ok: false });
    expect(await sendCommand(facilitator, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'write' })).toEqual({ ok: true });
  });

  it('redacts a card and removes the original text from disk, keeping an audit note without an author', async () => {
    const id = addCard(board.doc, { kind: 'challenge', text: 'Korban bernama Siti di desa X' });
    await untilServerHas(server, reply.event.id, groupId, [id]);
    expect(await sendCommand(facilitator, { type: 'redact', groupId, cardId: id, text: '[disunting fasilitator]' })).toEqual({ ok: true });
    await eventually(() => expect(card(id)?.text).toBe('[disunting fasilitator]'));
    const stored = await server.storage.loadUpdates(boardDocName(reply.event.id, groupId));
    const restoredDoc = new Y.Doc();
    for (const update of stored) Y.applyUpdate(restoredDoc, update);
    expect(readBoard(restoredDoc).challenges.find((candidate) => candidate.id === id)?.text).toBe('[disunting fasilitator]');
    expect(Buffer.concat(stored.map((update) => Buffer.from(update))).toString('utf8')).not.toContain('Siti');
    // Nor anywhere in the running server's files (database and WAL).
    const files = readdirSync(server.dataDir).map((file) => readFileSync(join(server.dataDir, file)).toString('latin1'));
    expect(files.join('')).not.toContain('Siti');
    const audit = await server.storage.listAudit(reply.event.id);
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['hide', 'agree', 'notForScreen', 'merge', 'redact']));
    for (const entry of audit) expect(Object.keys(entry).sort()).toEqual(['action', 'at', 'cardId', 'groupId']);
  });

  it('keeps a facilitator to the groups of its key', async () => {
    const other = reply.event.groups[1]!.id;
    expect(await sendCommand(facilitator, { type: 'undoModeration', groupId: other })).toMatchObject({ ok: false, reason: 'forbidden' });
  });
});
