import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCard,
  linkActionToChallenge,
  setActionField,
  setActionTimeframe,
  setChallengeCategory,
  type CreateEventReply,
} from '@rembuk/shared';
import { openControl, sendCommand } from '../support/controlClient.js';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually, startTestServer, type TestServer } from '../support/testServer.js';

describe('exports', () => {
  let server: TestServer;
  let reply: CreateEventReply;
  let client: BoardClient & { ticket: string };
  const PSEUDONYM = 'Mawar-Rahasia';

  beforeAll(async () => {
    server = await startTestServer();
    reply = await createTestEvent(server.url, { title: 'Rapat IAT', date: '2027-07-21', place: 'Sanur', groups: ['NTT', 'Jawa'] });
    const { event } = reply;
    client = await joinBoard(server, event, event.groups[0]!.id, PSEUDONYM);
    await client.synced;
    client.provider.awareness.setLocalStateField('typing', true);
    const challenge = addCard(client.doc, { kind: 'challenge', text: 'Perekrutan lewat media sosial' });
    setChallengeCategory(client.doc, challenge, 'onlineTech');
    addCard(client.doc, { kind: 'challenge', text: '=HYPERLINK("http://evil","klik")' });
    addCard(client.doc, { kind: 'challenge', text: 'Koma, "kutip"\nbaris baru' });
    addCard(client.doc, { kind: 'challenge', text: 'Lihat ![x](http://evil.example/t.png) <img src=x>' });
    const hidden = addCard(client.doc, { kind: 'challenge', text: 'kartu tersembunyi' });
    const action = addCard(client.doc, { kind: 'action', text: 'Latih guru BK tentang modus daring' });
    linkActionToChallenge(client.doc, action, challenge, true);
    setActionField(client.doc, action, 'responsibleOrg', 'Dinas Pendidikan');
    setActionField(client.doc, action, 'partners', '+62 jaringan');
    setActionTimeframe(client.doc, action, '3to6');
    await eventually(async () => {
      const json = await download('json');
      expect(json.text).toContain('Dinas Pendidikan');
    });
    const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: event.id });
    expect(await sendCommand(organizer, { type: 'moderate', groupId: event.groups[0]!.id, cardId: hidden, action: 'hide' })).toEqual({ ok: true });
    organizer.disconnect();
  });
  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  async function download(format: string, key = reply.organizerKey) {
    const response = await fetch(`${server.url}/api/events/${reply.event.id}/export?format=${format}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    const buffer = Buffer.from(await response.arrayBuffer());
    return { response, buffer, text: buffer.toString('utf8') };
  }

  it('answers 401 without a key and 403 with a participant’s ticket', async () => {
    const url = `${server.url}/api/events/${reply.event.id}/export?format=md`;
    expect((await fetch(url)).status).toBe(401);
    expect((await download('md', 'not-a-key')).response.status).toBe(401);
    expect((await download('md', reply.event.joinCode)).response.status).toBe(401);
    expect((await download('md', client.ticket)).response.status).toBe(403);
  });

  it('answers 400 for an unknown format', async () => {
    expect((await download('exe')).response.status).toBe(400);
  });

  it('gives a Markdown report with a challenge table and an RTL table per group', async () => {
    const { response, text } = await download('md');
    expect(response.headers.get('content-type')).toContain('text/markdown');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="rapat-iat_laporan_id_\d{4}-\d{2}-\d{2}\.md"; filename\*=/);
    expect(text).toContain('# Rapat IAT');
    expect(text).toContain('21 Juli 2027 (WITA)');
    expect(text).toContain('## NTT');
    expect(text).toContain('**Tabel 2. Tantangan — NTT**');
    expect(text).toContain('**Tabel 3. RTL (Rencana Tindak Lanjut) — NTT**');
    expect(text).toMatch(/\| 1 \| Perekrutan lewat media sosial \| Daring\/teknologi \|/);
    expect(text).toMatch(/\| 1 \| Latih guru BK tentang modus daring \| 1 \| Dinas Pendidikan \| \+62 jaringan \| 3–6 bulan \|/);
    expect(text).toContain('Koma, "kutip"<br>baris baru');
    expect(text).toContain('## Jawa');
    expect(text).toContain('Lihat \\!\\[x\\](http://evil.example/t.png) \\<img src=x\\>');
  });

  it('leaves hidden cards out of every format', async () => {
    for (const format of ['md', 'csv', 'json']) expect((await download(format)).text).not.toContain('kartu tersembunyi');
  });

  it('gives a CSV with a BOM, quoted cells and neutralised formulas', async () => {
    const { response, buffer, text } = await download('csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Kelompok,No,Jenis,Teks,Kategori,Cakupan,Status,Menjawab tantangan,Penanggung jawab,Mitra,Waktu,Sumber daya,Indikator,Langkah pertama (30 hari),Suara,Prioritas,Tidak untuk layar');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""klik"")"`);
    expect(text).toContain("'+62 jaringan");
    expect(text).toContain('"Koma, ""kutip""\nbaris baru"');
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
  });

  it('gives JSON with every card and its links', async () => {
    const { text } = await download('json');
    const json = JSON.parse(text) as {
      format: string;
      groups: { name: string; challenges: { id: string; text: string }[]; actions: { addresses: string[] }[] }[];
    };
    expect(json.format).toBe('rembuk.event.v1');
    const ntt = json.groups.find((group) => group.name === 'NTT')!;
    expect(ntt.challenges).toHaveLength(4);
    expect(ntt.actions[0]!.addresses).toEqual([ntt.challenges[0]!.id]);
  });

  it('carries no author identity, pseudonym, Yjs client id or key in any format', async () => {
    const clientId = String(client.doc.clientID);
    for (const format of ['md', 'csv', 'json']) {
      const { text } = await download(format);
      expect(text).not.toContain(PSEUDONYM);
      expect(text).not.toContain(clientId);
      expect(text).not.toContain(reply.organizerKey);
      expect(text).not.toContain(reply.event.joinCode);
      expect(text.toLowerCase()).not.toMatch(/author|pseudonym|clientid/);
    }
  });
});
