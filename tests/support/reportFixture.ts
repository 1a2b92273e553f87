import { expect } from 'vitest';
import {
  addCard,
  linkActionToChallenge,
  setActionField,
  setActionTimeframe,
  setChallengeCategory,
  type CardId,
  type CreateEventReply,
  type GroupId,
} from '@rembuk/shared';
import { commandOk, openControl, voteOk, type ControlSocket } from './controlClient.js';
import { joinBoard, type BoardClient } from './yjsClient.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from './testServer.js';

/** Card texts of the report fixture, for assertions. */
export const TEXT = {
  recruit: 'Perekrutan lewat media sosial',
  formula: '=HYPERLINK("http://evil","klik")',
  data: 'Data korban tidak terpadu',
  hidden: 'kartu tersembunyi',
  secret: 'Kartu rahasia penyintas',
  duplicate: 'Rekrut lewat medsos',
  quiet: 'Belum ada yang memilih',
  train: 'Latih guru BK tentang modus daring',
  socializeNtt: 'Sosialisasi migrasi aman di desa',
  broker: 'Calo di terminal bus',
  socializeJawa: 'Sosialisasi migrasi aman ke desa',
} as const;

export const PSEUDONYM = 'Mawar-Rahasia';

export interface ReportFixture {
  server: TestServer;
  reply: CreateEventReply;
  ntt: GroupId;
  jawa: GroupId;
  cards: Record<keyof typeof TEXT, CardId>;
  /** Yjs client ids of the writing devices: never in an export. */
  clientIds: string[];
  /** Participant tickets and device ids: never in an export. */
  secrets: string[];
  download(query: Record<string, string>, key?: string): Promise<{ response: Response; buffer: Buffer }>;
  close(): Promise<void>;
}

/**
 * An event built through the real APIs, as the report's tests need it. NTT: three seated devices; challenges
 * with 4 votes (2 dots + 1, plus 1 from a duplicate merged into it), 1, 1 and 0 votes, a hidden card, a card
 * "not for screen" and the merged duplicate; two action steps, one agreed. Jawa: two seated devices, one
 * challenge with 2 votes and an action step worded like one of NTT's.
 */
export async function buildReportFixture(): Promise<ReportFixture> {
  const server = await startTestServer();
  const reply = await createTestEvent(server.url, { title: 'Rapat IAT', date: '2027-07-21', place: 'Sanur', groups: ['NTT', 'Jawa'] });
  const { event } = reply;
  const ntt = event.groups[0]!.id;
  const jawa = event.groups[1]!.id;
  const writers: BoardClient[] = [];
  const sockets: ControlSocket[] = [];

  const nttWriter = await joinBoard(server, event, ntt, PSEUDONYM);
  const jawaWriter = await joinBoard(server, event, jawa);
  writers.push(nttWriter, jawaWriter);
  await Promise.all([nttWriter.synced, jawaWriter.synced]);
  nttWriter.provider.awareness.setLocalStateField('typing', true);

  const doc = nttWriter.doc;
  const challenge = (text: string) => addCard(doc, { kind: 'challenge', text });
  const recruit = challenge(TEXT.recruit);
  setChallengeCategory(doc, recruit, 'onlineTech');
  const formula = challenge(TEXT.formula);
  const data = challenge(TEXT.data);
  setChallengeCategory(doc, data, 'partnership');
  const hidden = challenge(TEXT.hidden);
  const secret = challenge(TEXT.secret);
  const duplicate = challenge(TEXT.duplicate);
  const quiet = challenge(TEXT.quiet);
  const train = addCard(doc, { kind: 'action', text: TEXT.train });
  linkActionToChallenge(doc, train, recruit, true);
  setActionField(doc, train, 'responsibleOrg', 'Dinas Pendidikan');
  setActionField(doc, train, 'partners', '+62 jaringan');
  setActionField(doc, train, 'resources', 'Anggaran BOS');
  setActionField(doc, train, 'indicator', '50 guru terlatih');
  setActionTimeframe(doc, train, '3to6');
  const socializeNtt = addCard(doc, { kind: 'action', text: TEXT.socializeNtt });
  linkActionToChallenge(doc, socializeNtt, data, true);
  linkActionToChallenge(doc, socializeNtt, hidden, true);
  const broker = addCard(jawaWriter.doc, { kind: 'challenge', text: TEXT.broker });
  setChallengeCategory(jawaWriter.doc, broker, 'prevention');
  const socializeJawa = addCard(jawaWriter.doc, { kind: 'action', text: TEXT.socializeJawa });

  const download = async (query: Record<string, string>, key = reply.organizerKey) => {
    const response = await fetch(`${server.url}/api/events/${event.id}/export?${new URLSearchParams(query)}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    return { response, buffer: Buffer.from(await response.arrayBuffer()) };
  };
  await eventually(async () => {
    const { buffer } = await download({ format: 'json' });
    for (const text of [TEXT.quiet, 'Anggaran BOS', TEXT.broker, TEXT.socializeJawa]) expect(buffer.toString('utf8')).toContain(text);
  });

  const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: event.id });
  sockets.push(organizer);
  const command = (body: Record<string, unknown>) => commandOk(organizer, body);
  await command({ type: 'setPhase', scope: { kind: 'event' }, phase: 'vote' });
  const phone = async (ticket: string) => {
    const socket = await openControl(server.url, { token: ticket, eventId: event.id });
    sockets.push(socket);
    return async (cardId: CardId, dots: number) => {
      for (let dot = 0; dot < dots; dot += 1) await voteOk(socket, cardId, 1);
    };
  };
  const seatA = await takeSeat(server.url, event.joinCode, ntt);
  const seatB = await takeSeat(server.url, event.joinCode, ntt);
  const seatC = await takeSeat(server.url, event.joinCode, jawa);
  const voteA = await phone(seatA.ticket);
  const voteB = await phone(seatB.ticket);
  const voteWriter = await phone(nttWriter.ticket);
  const voteJawa = await phone(jawaWriter.ticket);
  await voteA(recruit, 2);
  await voteA(formula, 1);
  await voteB(recruit, 1);
  await voteB(data, 1);
  await voteWriter(duplicate, 1);
  await voteWriter(train, 1);
  await voteJawa(broker, 2);

  await command({ type: 'moderate', groupId: ntt, cardId: recruit, action: 'agree' });
  await command({ type: 'moderate', groupId: ntt, cardId: train, action: 'agree' });
  await command({ type: 'moderate', groupId: ntt, cardId: hidden, action: 'hide' });
  await command({ type: 'moderate', groupId: ntt, cardId: secret, action: 'notForScreen' });
  await command({ type: 'merge', groupId: ntt, cardId: duplicate, intoCardId: recruit });
  for (const socket of sockets) socket.disconnect();

  return {
    server,
    reply,
    ntt,
    jawa,
    cards: { recruit, formula, data, hidden, secret, duplicate, quiet, train, socializeNtt, broker, socializeJawa },
    clientIds: writers.map((writer) => String(writer.doc.clientID)),
    secrets: [nttWriter.ticket, jawaWriter.ticket, seatA.ticket, seatB.ticket, seatC.ticket, nttWriter.deviceId,
      jawaWriter.deviceId, seatA.deviceId, seatB.deviceId, seatC.deviceId],
    download,
    close: async () => {
      for (const writer of writers) writer.destroy();
      await server.close();
    },
  };
}
