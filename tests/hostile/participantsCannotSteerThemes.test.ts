import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ThemesReply, addCard, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { latest, openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, untilServerHas, type TestServer } from '../support/testServer.js';

/** Server-side bound on what one board adds to its event's themes (`MAX_THEME_CARDS_PER_BOARD`). */
const CARDS_COUNTED_PER_BOARD = 200;
const WAIT_MS = 30_000;

/**
 * A participant (the join code is on the big screen) tries to read the themes, steer them, and drown the engine:
 * theme commands and reads are refused, no theme or suggestion reaches a participant socket, and a board flooded
 * with cards costs its event a bounded recomputation while another event's themes keep coming.
 */
describe('a participant against the themes', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let groupId: GroupId;
  let participant: ControlSocket;
  let board: BoardClient;

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url, { title: 'Rapat yang diserang' });
    groupId = reply.event.groups[0]!.id;
    const seat = await takeSeat(server.url, reply.event.joinCode, groupId);
    participant = await openControl(server.url, { token: seat.ticket, eventId: reply.event.id, groupId });
    board = connectBoard(server.yjsUrl, reply.event.id, groupId, seat.ticket);
    await board.synced;
  });
  afterAll(async () => {
    participant.disconnect();
    board.destroy();
    await server.close();
  });

  const organizerThemes = async (event: CreateEventReply) => {
    const response = await fetch(`${server.url}/api/events/${event.event.id}/themes`, { headers: { Authorization: `Bearer ${event.organizerKey}` } });
    return ThemesReply.parse(await response.json());
  };

  it('cannot read themes or suggestions, nor run a theme command', async () => {
    const a = addCard(board.doc, { kind: 'challenge', text: 'Pemalsuan dokumen, umur anak dinaikkan supaya bisa berangkat' });
    const b = addCard(board.doc, { kind: 'challenge', text: 'Umur anak dipalsukan di dokumen agar bisa diberangkatkan' });
    await untilServerHas(server, reply.event.id, groupId, [a, b]);
    const seatTicket = participant.auth as { token: string };
    for (const path of [`/api/events/${reply.event.id}/themes`, `/api/events/${reply.event.id}/groups/${groupId}/duplicates`]) {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${seatTicket.token}` } });
      expect(response.status).toBe(403);
    }
    await eventually(async () => expect((await organizerThemes(reply)).themes.length).toBeGreaterThan(0), WAIT_MS);
    const theme = (await organizerThemes(reply)).themes[0]!;
    const commands = [
      { type: 'renameTheme', themeId: theme.id, label: 'Dibajak' },
      { type: 'approveTheme', themeId: theme.id, approved: true },
      { type: 'dismissTheme', themeId: theme.id, dismissed: true },
      { type: 'mergeThemes', themeId: theme.id, intoThemeId: theme.id },
      { type: 'splitTheme', themeId: theme.id, cards: [{ groupId, cardId: a }] },
      { type: 'moveThemeCard', card: { groupId, cardId: a }, toThemeId: theme.id },
      { type: 'dismissDuplicate', groupId, suggestionId: 'd0000000000' },
    ];
    for (const command of commands) expect(await sendCommand(participant, command)).toMatchObject({ ok: false, reason: 'forbidden' });
    // Malformed ones are refused before anything reads them.
    const malformed = [
      { type: 'renameTheme', themeId: theme.id, label: 'x'.repeat(10_000) },
      { type: 'renameTheme', themeId: '../../etc', label: 'x' },
      { type: 'splitTheme', themeId: theme.id, cards: Array.from({ length: 5_000 }, () => ({ groupId, cardId: a })) },
      { type: 'approveTheme', themeId: theme.id, approved: 'yes' },
      { type: 'dismissDuplicate', groupId, suggestionId: { $ne: null } },
    ];
    for (const command of malformed) expect(await sendCommand(participant, command)).toMatchObject({ ok: false, reason: 'invalid_command' });
    expect((await organizerThemes(reply)).themes.find((one) => one.id === theme.id)).toMatchObject({ label: theme.label, approved: false });
    expect(latest(participant, 'themes')()).toBeNull();
    expect(latest(participant, 'duplicates')()).toBeNull();
  });

  it('floods its board with cards: its event counts a bounded share, and another event’s themes keep coming', async () => {
    const cardIds: string[] = [];
    // In a few transactions, as a script would (one update per card would spend the connection's message budget).
    for (let batch = 0; batch < 8; batch += 1) {
      board.doc.transact(() => {
        for (let index = 0; index < 60; index += 1) {
          cardIds.push(addCard(board.doc, { kind: 'challenge', text: `Kartu banjir ${batch}-${index} ${'calo perekrut media sosial palsu '.repeat(40)}` }));
        }
      });
    }
    await untilServerHas(server, reply.event.id, groupId, cardIds.slice(-1));
    const other = await createTestEvent(server.url, { title: 'Rapat lain' });
    const otherBoards = other.event.groups.slice(0, 2).map((group) => connectBoard(server.yjsUrl, other.event.id, group.id, other.organizerKey));
    await Promise.all(otherBoards.map((one) => one.synced));
    const first = addCard(otherBoards[0]!.doc, { kind: 'challenge', text: 'Anggaran penanganan TPPO di daerah sangat kecil' });
    const second = addCard(otherBoards[1]!.doc, { kind: 'challenge', text: 'Dana untuk layanan korban TPPO di kabupaten tidak ada' });
    await eventually(async () => {
      const theme = (await organizerThemes(other)).themes.find((one) => one.cards.some((card) => card.cardId === first));
      expect(theme?.cards.map((card) => card.cardId).sort()).toEqual([first, second].sort());
    }, WAIT_MS);
    for (const one of otherBoards) one.destroy();
    await eventually(async () => {
      const counted = (await organizerThemes(reply)).themes.flatMap((theme) => theme.cards).filter((card) => card.groupId === groupId);
      expect(counted.length).toBe(CARDS_COUNTED_PER_BOARD);
    }, WAIT_MS);
  });
});
