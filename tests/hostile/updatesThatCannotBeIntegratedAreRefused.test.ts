import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CLOSE_CODES, addCard, boardDocName, cardsOf, editCardText, readBoard, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { openRawSocket } from '../support/rawSocket.js';
import { syncStep2Frame, updateFrame } from '../support/hostileYjs.js';
import { connectBoard, joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, untilServerHas, type TestServer } from '../support/testServer.js';

/** The update that a doc emits for `change`. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.encodeStateAsUpdate(doc, before);
}

/** Updates of `bytes` in all whose items hang on a card the server never received (issue 9, item 2). */
function orphanedText(bytes: number): Uint8Array {
  const doc = new Y.Doc();
  const id = addCard(doc, { kind: 'challenge', text: 'akar' });
  return updateOf(doc, () => {
    const text = cardsOf(doc).get(id)!.get('text') as Y.Text;
    for (let written = 0; written < bytes; written += 1000) text.insert(0, 'y'.repeat(1000));
  });
}

describe('updates that cannot be integrated completely', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let organizer: ControlSocket;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    groupId = reply.event.groups[0]!.id;
    organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
  });
  afterAll(async () => {
    organizer.disconnect();
    await server.close();
  });

  /** A participant's raw connection that has finished its own sync step 2, so nothing it sends is held. */
  async function syncedRawParticipant() {
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, groupId);
    const raw = openRawSocket(server.yjsUrl, boardDocName(reply.event.id, groupId), ticket);
    await raw.ready;
    raw.socket.send(syncStep2Frame(Y.encodeStateAsUpdate(new Y.Doc())));
    return raw;
  }

  const serverDoc = () => server.server.registry.loaded(boardDocName(reply.event.id, groupId))?.doc ?? null;

  it('refuses an update whose items depend on content the server never saw, keeping nothing of it', async () => {
    const watcher = await joinBoard(server, reply.event, groupId);
    await watcher.synced;
    const raw = await syncedRawParticipant();
    // Two updates of 1 MB each, as in the report (there: 3 MB); the gate refuses the first whole.
    raw.socket.send(updateFrame(orphanedText(1_000_000)));
    raw.socket.send(updateFrame(orphanedText(1_000_000)));
    expect(await raw.closed).toBe(CLOSE_CODES.incompleteUpdate);
    const doc = serverDoc();
    expect(doc?.store.pendingStructs ?? null).toBeNull();
    expect(doc?.store.pendingDs ?? null).toBeNull();
    // A joiner's initial sync stays the size of the (empty) board, and nothing reaches the disk.
    expect(Y.encodeStateAsUpdate(doc ?? new Y.Doc()).byteLength).toBeLessThan(1_000);
    const stored = await server.storage.loadUpdates(boardDocName(reply.event.id, groupId));
    expect(stored.reduce((sum, update) => sum + update.byteLength, 0)).toBeLessThan(1_000);

    // A stock provider that lives through the attack and loses its connection syncs again, as before.
    addCard(watcher.doc, { kind: 'challenge', text: 'setelah serangan' });
    watcher.provider.disconnect();
    watcher.provider.connect();
    await eventually(() => expect(watcher.provider.synced).toBe(true));
    const late = await joinBoard(server, reply.event, groupId);
    await late.synced;
    await eventually(() => expect(readBoard(late.doc).challenges.map((card) => card.text)).toEqual(['setelah serangan']));
    expect(watcher.closeCodes).not.toContain(CLOSE_CODES.frameTooLarge);
    expect(Y.encodeStateAsUpdate(late.doc).byteLength).toBeLessThan(2_000);
    watcher.destroy();
    late.destroy();
  });

  it('refuses deletions of content the server does not have', async () => {
    const raw = await syncedRawParticipant();
    const doc = new Y.Doc();
    const id = addCard(doc, { kind: 'challenge', text: 'hapus aku' });
    const deletion = updateOf(doc, () => cardsOf(doc).delete(id));
    // Only the delete set: it names clocks the server never received.
    const onlyDeletes = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
    expect(Y.decodeUpdate(onlyDeletes).structs).toHaveLength(0);
    expect(deletion.byteLength).toBeGreaterThan(0);
    raw.socket.send(updateFrame(onlyDeletes));
    expect(await raw.closed).toBe(CLOSE_CODES.incompleteUpdate);
    expect(serverDoc()?.store.pendingDs ?? null).toBeNull();
  });

  it('never lets text anchored on a future facilitator item land while the group is closed', async () => {
    const facilitatorBoard = connectBoard(server.yjsUrl, reply.event.id, groupId, reply.organizerKey);
    await facilitatorBoard.synced;
    const cardId = addCard(facilitatorBoard.doc, { kind: 'challenge', text: 'fasilitator' });
    await untilServerHas(server, reply.event.id, groupId, [cardId]);
    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'closed' })).toEqual({ ok: true });

    // The next item the facilitator's client will create is (its client id, its next clock).
    const nextClock = Y.getState(facilitatorBoard.doc.store, facilitatorBoard.doc.clientID);
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(facilitatorBoard.doc));
    const text = cardsOf(attacker).get(cardId)!.get('text') as Y.Text;
    const planted = updateOf(attacker, () => text.insert(text.length, ' SISIPAN'));
    // Rewrite the insertion's left origin to point at the facilitator's future item.
    const forged = forgeOrigin(planted, attacker.clientID, { client: facilitatorBoard.doc.clientID, clock: nextClock });
    const raw = await syncedRawParticipant();
    raw.socket.send(updateFrame(forged));
    expect(await raw.closed).toBe(CLOSE_CODES.incompleteUpdate);

    editCardText(facilitatorBoard.doc, cardId, 'fasilitator'.length, 0, '!');
    await eventually(async () => {
      const late = await joinBoard(server, reply.event, groupId);
      await late.synced;
      const text = readBoard(late.doc).challenges.find((card) => card.id === cardId)?.text;
      late.destroy();
      expect(text).toBe('fasilitator!');
    });
    expect(await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'group', groupId }, phase: 'write' })).toEqual({ ok: true });
    facilitatorBoard.destroy();
  });

  it('holds an update sent before its connection’s sync step 2 and applies it once that step arrives', async () => {
    // A phone that edited offline reconnects and types at once: its edit can arrive before its sync step 2.
    const phone = new Y.Doc();
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(serverDoc() ?? new Y.Doc()));
    const stateBefore = Y.encodeStateVector(phone);
    const id = addCard(phone, { kind: 'action', text: 'Latih petugas' });
    const offline = Y.encodeStateAsUpdate(phone, stateBefore);
    const typed = updateOf(phone, () => editCardText(phone, id, 0, 0, 'Segera: '));
    const { ticket } = await takeSeat(server.url, reply.event.joinCode, groupId);
    const raw = openRawSocket(server.yjsUrl, boardDocName(reply.event.id, groupId), ticket);
    await raw.ready;
    raw.socket.send(updateFrame(typed));
    raw.socket.send(syncStep2Frame(offline));
    await untilServerHas(server, reply.event.id, groupId, [id]);
    await eventually(() => {
      const board = serverDoc();
      expect(board ? readBoard(board).actions.find((card) => card.id === id)?.text : null).toBe('Segera: Latih petugas');
    });
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });
});

/**
 * Re-encode `update` with the left origin of `client`'s first item replaced, written back with Yjs's own struct
 * encoder: what a hand-made client can send.
 */
function forgeOrigin(update: Uint8Array, client: number, origin: { client: number; clock: number }): Uint8Array {
  const { structs } = Y.decodeUpdate(update);
  const target = structs.find((struct): struct is Y.Item => struct instanceof Y.Item && struct.id.client === client);
  if (!target) throw new Error('no item to forge');
  target.origin = Y.createID(origin.client, origin.clock);
  const byClient = new Map<number, (Y.Item | Y.GC)[]>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    byClient.set(struct.id.client, [...(byClient.get(struct.id.client) ?? []), struct]);
  }
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [author, list] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(author);
    encoding.writeVarUint(encoder.restEncoder, list[0]!.id.clock);
    for (const struct of list) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // an empty delete set
  return encoder.toUint8Array();
}
