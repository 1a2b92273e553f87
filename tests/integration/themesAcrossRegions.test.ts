import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_REGION_GROUPS,
  DuplicatesReply,
  ThemesReply,
  addCard,
  type CardId,
  type CreateEventReply,
  type GroupId,
  type Theme,
} from '@rembuk/shared';
import { commandOk, latest, openControl, sendCommand, type ControlSocket } from '../support/controlClient.js';
import { connectBoard, type BoardClient } from '../support/yjsClient.js';
import { createAccessKey, createTestEvent, eventually, startTestServer, takeSeat, untilServerHas, type TestServer } from '../support/testServer.js';

/**
 * Themes across regions end to end: cards typed on several boards through real y-websocket providers are grouped
 * by the server, read through the REST API and the socket.io push, decided on by a lead facilitator, shown on the
 * wall once approved, and kept over a restart. Themes are recomputed 1.5 s after a change, hence the longer waits.
 */
const WAIT_MS = 15_000;

describe('themes across regions', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let leadKey: string;
  let projectorKey: string;
  let oneGroupKey: string;
  let lead: ControlSocket;
  let projector: ControlSocket;
  const boards: BoardClient[] = [];
  const ids: Record<string, CardId> = {};
  let groups: GroupId[];

  const getJson = async (path: string, token: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const themes = async (token = leadKey) => {
    const { status, body } = await getJson(`/api/events/${reply.event.id}/themes`, token);
    expect(status).toBe(200);
    return ThemesReply.parse(body);
  };
  const themeWith = (all: readonly Theme[], cardId: string) => all.find((theme) => theme.cards.some((card) => card.cardId === cardId));

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url, { title: 'Rembuk TPPO', groups: [...DEFAULT_REGION_GROUPS] });
    groups = reply.event.groups.map((group) => group.id);
    leadKey = (await createAccessKey(server.url, reply, { role: 'facilitator' })).secret;
    projectorKey = (await createAccessKey(server.url, reply, { role: 'projector' })).secret;
    oneGroupKey = (await createAccessKey(server.url, reply, { role: 'facilitator', groupIds: [groups[0]!] })).secret;
    lead = await openControl(server.url, { token: leadKey, eventId: reply.event.id });
    projector = await openControl(server.url, { token: projectorKey, eventId: reply.event.id });
    const write: [number, string, string][] = [
      [0, 'sumatera', 'Calo merekrut lewat media sosial dengan janji kerja di luar negeri'],
      [1, 'jawa', 'Perekrutan lewat medsos dgn tawaran kerja palsu'],
      [7, 'nasional', 'Recruitment through Facebook with fake job offers abroad'],
      [3, 'budget', 'Anggaran penanganan TPPO di daerah sangat kecil'],
      [4, 'budget2', 'Dana untuk layanan korban TPPO di kabupaten tidak ada'],
      [0, 'dupA', 'Pemalsuan dokumen, umur anak dinaikkan supaya bisa berangkat'],
      [0, 'dupB', 'Umur anak dipalsukan di dokumen agar bisa diberangkatkan'],
    ];
    const byGroup = new Map<number, string[]>();
    for (const [groupIndex, name, text] of write) {
      let board = boards[groupIndex];
      if (!board) {
        // Participants type on their own boards, as phones do.
        const seat = await takeSeat(server.url, reply.event.joinCode, groups[groupIndex]!);
        board = connectBoard(server.yjsUrl, reply.event.id, groups[groupIndex]!, seat.ticket);
        await board.synced;
        boards[groupIndex] = board;
      }
      ids[name] = addCard(board.doc, { kind: 'challenge', text });
      byGroup.set(groupIndex, [...(byGroup.get(groupIndex) ?? []), ids[name]]);
    }
    for (const [groupIndex, cardIds] of byGroup) await untilServerHas(server, reply.event.id, groups[groupIndex]!, cardIds);
  });
  afterAll(async () => {
    lead.disconnect();
    projector.disconnect();
    for (const board of boards) board?.destroy();
    await server.close();
  });

  it('groups what several regions wrote, answering the documented shape', async () => {
    await eventually(async () => {
      const recruitment = themeWith((await themes()).themes, ids.sumatera!);
      expect(recruitment?.cards.map((card) => card.cardId).sort()).toEqual([ids.sumatera, ids.jawa, ids.nasional].sort());
    }, WAIT_MS);
    const { themes: all, generatedAt } = await themes();
    expect(Number.isNaN(Date.parse(generatedAt))).toBe(false);
    const recruitment = themeWith(all, ids.sumatera!)!;
    expect(Object.keys(recruitment).sort()).toEqual(['approved', 'cards', 'id', 'kind', 'label', 'regions', 'votes']);
    expect(recruitment).toMatchObject({ kind: 'challenge', approved: false, votes: 0, regions: [groups[0], groups[1], groups[7]] });
    // The label is one of its own cards' words, never invented.
    expect(recruitment.cards.map((card) => card.text)).toContain(recruitment.label);
    expect(themeWith(all, ids.budget!)!.id).not.toBe(recruitment.id);
    // The same reply reaches the lead's dashboard over socket.io.
    await eventually(() => expect(themeWith(latest(lead, 'themes')()?.themes ?? [], ids.nasional!)?.id).toBe(recruitment.id), WAIT_MS);
  });

  it('answers only the organizer and lead facilitators', async () => {
    expect((await getJson(`/api/events/${reply.event.id}/themes`, reply.organizerKey)).status).toBe(200);
    const seat = await takeSeat(server.url, reply.event.joinCode, groups[2]!);
    for (const token of [seat.ticket, projectorKey, oneGroupKey]) {
      expect((await getJson(`/api/events/${reply.event.id}/themes`, token)).status).toBe(403);
    }
    expect((await getJson(`/api/events/${reply.event.id}/themes`, 'not-a-key')).status).toBe(401);
    // A facilitator of one group is no lead: its socket gets no themes and its theme commands are refused.
    const facilitator = await openControl(server.url, { token: oneGroupKey, eventId: reply.event.id });
    const recruitment = themeWith((await themes()).themes, ids.sumatera!)!;
    expect(await sendCommand(facilitator, { type: 'approveTheme', themeId: recruitment.id, approved: true })).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(latest(facilitator, 'themes')()).toBeNull();
    facilitator.disconnect();
  });

  it('drops a hidden card from its theme', async () => {
    await commandOk(lead, { type: 'moderate', groupId: groups[1], cardId: ids.jawa, action: 'hide' });
    await eventually(async () => {
      const recruitment = themeWith((await themes()).themes, ids.sumatera!);
      expect(recruitment?.cards.map((card) => card.cardId).sort()).toEqual([ids.sumatera, ids.nasional].sort());
      expect(themeWith((await themes()).themes, ids.jawa!)).toBeUndefined();
    }, WAIT_MS);
    await commandOk(lead, { type: 'undoModeration', groupId: groups[1] });
    await eventually(async () => expect(themeWith((await themes()).themes, ids.jawa!)?.cards).toHaveLength(3), WAIT_MS);
  });

  it('puts an approved theme on the wall, and never a dismissed one', async () => {
    const all = (await themes()).themes;
    const recruitment = themeWith(all, ids.sumatera!)!;
    const budget = themeWith(all, ids.budget!)!;
    await commandOk(lead, { type: 'renameTheme', themeId: recruitment.id, label: 'Perekrutan lewat media sosial' });
    await commandOk(lead, { type: 'approveTheme', themeId: recruitment.id, approved: true });
    await commandOk(lead, { type: 'approveTheme', themeId: budget.id, approved: true });
    await commandOk(lead, { type: 'dismissTheme', themeId: budget.id, dismissed: true });
    await eventually(() => {
      const wallThemes = latest(projector, 'wall')()?.themes ?? [];
      expect(wallThemes.map((theme) => theme.id)).toEqual([recruitment.id]);
      expect(wallThemes[0]).toMatchObject({ label: 'Perekrutan lewat media sosial', kind: 'challenge', cardCount: 3, regions: [groups[0], groups[1], groups[7]] });
    }, WAIT_MS);
    const after = await themes();
    expect(after.themes.map((theme) => theme.id)).not.toContain(budget.id);
    expect(after.dismissed.map((theme) => theme.id)).toEqual([budget.id]);
    // Not for the screen: the card leaves the wall's theme (and the theme), the rest stays.
    await commandOk(lead, { type: 'moderate', groupId: groups[7], cardId: ids.nasional, action: 'notForScreen' });
    await eventually(() => expect(latest(projector, 'wall')()?.themes[0]?.cardCount).toBe(2), WAIT_MS);
    expect(JSON.stringify(latest(projector, 'wall')())).not.toContain('Recruitment through Facebook');
  });

  it('suggests duplicates to the group’s facilitators, and a dismissed suggestion stays gone', async () => {
    const path = `/api/events/${reply.event.id}/groups/${groups[0]}/duplicates`;
    await eventually(async () => {
      const { status, body } = await getJson(path, oneGroupKey);
      expect(status).toBe(200);
      expect(DuplicatesReply.parse(body).suggestions.map((found) => [...found.cardIds].sort())).toEqual([[ids.dupA, ids.dupB].sort()]);
    }, WAIT_MS);
    const seat = await takeSeat(server.url, reply.event.joinCode, groups[0]!);
    expect((await getJson(path, seat.ticket)).status).toBe(403);
    expect((await getJson(`/api/events/${reply.event.id}/groups/${groups[1]}/duplicates`, oneGroupKey)).status).toBe(403);
    // Pushed to the facilitator's socket on that board.
    const facilitator = await openControl(server.url, { token: oneGroupKey, eventId: reply.event.id, groupId: groups[0] });
    await eventually(() => expect(latest(facilitator, 'duplicates')()?.suggestions).toHaveLength(1));
    const suggestion = latest(facilitator, 'duplicates')()!.suggestions[0]!;
    await commandOk(facilitator, { type: 'dismissDuplicate', groupId: groups[0], suggestionId: suggestion.id });
    await eventually(() => expect(latest(facilitator, 'duplicates')()?.suggestions).toEqual([]), WAIT_MS);
    facilitator.disconnect();
  });

  it('keeps every decision over a restart', async () => {
    const before = await themes();
    const recruitment = themeWith(before.themes, ids.sumatera!)!;
    for (const board of boards) board?.destroy();
    lead.disconnect();
    projector.disconnect();
    const dataDir = server.dataDir;
    await server.server.close();
    server = await startTestServer({ dataDir });
    const after = await themes();
    expect(themeWith(after.themes, ids.sumatera!)).toMatchObject({ id: recruitment.id, label: 'Perekrutan lewat media sosial', approved: true });
    expect(after.dismissed.map((theme) => theme.id)).toEqual(before.dismissed.map((theme) => theme.id));
    const { body } = await getJson(`/api/events/${reply.event.id}/groups/${groups[0]}/duplicates`, reply.organizerKey);
    expect(DuplicatesReply.parse(body).suggestions).toEqual([]);
    lead = await openControl(server.url, { token: leadKey, eventId: reply.event.id });
    projector = await openControl(server.url, { token: projectorKey, eventId: reply.event.id });
    await eventually(() => expect(latest(projector, 'wall')()?.themes.map((theme) => theme.id)).toEqual([recruitment.id]));
  });
});
