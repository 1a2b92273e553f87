import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCard, boardDocName, editCardText, readBoard, type CardId, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, untilServerHas, type TestServer } from '../support/testServer.js';

const REDACTIONS = 20;
const REPLACEMENT = '[disunting fasilitator]';

/** Issue 9, item 7: under concurrent typing, `redact` answered invalid_command although the text was replaced. */
describe('redaction while others type', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let organizer: ControlSocket;
  let typists: BoardClient[];

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url);
    groupId = reply.event.groups[0]!.id;
    organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
    typists = await Promise.all([0, 1, 2].map(() => joinBoard(server, reply.event, groupId)));
    await Promise.all(typists.map((typist) => typist.synced));
  });
  afterAll(async () => {
    organizer.disconnect();
    for (const typist of typists) typist.destroy();
    await server.close();
  });

  it('answers ok for every redaction and leaves no original text on the board or on disk', async () => {
    const writer = typists[0]!;
    const originals = Array.from({ length: REDACTIONS }, (_, index) => `Nama korban Rahasia${index}Wati di desa`);
    const ids = originals.map((text) => addCard(writer.doc, { kind: 'challenge', text }));
    const typed = typists.map((typist) => addCard(typist.doc, { kind: 'action', text: 'ketik' }));
    await untilServerHas(server, reply.event.id, groupId, [...ids, ...typed]);

    // Every typist keeps typing on its own card, a keystroke every few milliseconds, for the whole test.
    let typing = true;
    const loops = typists.map(async (typist, index) => {
      const id = typed[index] as CardId;
      while (typing) {
        editCardText(typist.doc, id, 0, 0, 'k');
        if ((readBoard(typist.doc).actions.find((card) => card.id === id)?.text.length ?? 0) > 1500) editCardText(typist.doc, id, 0, 1000, '');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    });
    const replies = [];
    for (const id of ids) replies.push(await sendCommand(organizer, { type: 'redact', groupId, cardId: id, text: REPLACEMENT }));
    typing = false;
    await Promise.all(loops);

    expect(replies).toEqual(ids.map(() => ({ ok: true })));
    await eventually(() => {
      const texts = readBoard(writer.doc).challenges.map((card) => card.text);
      expect(texts).toEqual(ids.map(() => REPLACEMENT));
    });
    const stored = await server.storage.loadUpdates(boardDocName(reply.event.id, groupId));
    const restored = new Y.Doc();
    for (const update of stored) Y.applyUpdate(restored, update);
    expect(readBoard(restored).challenges.map((card) => card.text)).toEqual(ids.map(() => REPLACEMENT));
    const onDisk = Buffer.concat(stored.map((update) => Buffer.from(update))).toString('utf8');
    const files = readdirSync(server.dataDir).map((file) => readFileSync(join(server.dataDir, file)).toString('latin1'));
    for (let index = 0; index < REDACTIONS; index++) {
      expect(onDisk).not.toContain(`Rahasia${index}Wati`);
      expect(files.join('')).not.toContain(`Rahasia${index}Wati`);
    }
  });
});
