import { DEFAULT_REGION_GROUPS, addCard, type CardId, type CreateEventReply, type GroupId } from '@rembuk/shared';
import { commandOk, openControl, voteOk } from './controlClient.js';
import { createTestEvent, takeSeat, untilServerHas, type TestServer } from './testServer.js';
import { connectBoard } from './yjsClient.js';

/**
 * What regions at the closing session write about the same few problems, each in its own words (informal spelling
 * included): per region, its challenges and actions. Several regions say "recruitment over social media", "victims
 * afraid to report", "village officials do not know the law"; their actions answer alike.
 */
const REGION_CARDS: { challenges: string[]; actions: string[] }[] = [
  {
    challenges: ['Calo merekrut lewat media sosial dengan janji kerja di luar negeri', 'Korban takut melapor karena diancam calo'],
    actions: ['Literasi digital tentang lowongan kerja palsu di sekolah'],
  },
  {
    challenges: ['Perekrutan lewat media sosial dengan tawaran kerja palsu', 'Aparat desa belum paham UU TPPO'],
    actions: ['Pelatihan aparat desa tentang UU TPPO'],
  },
  {
    challenges: ['Lowongan kerja palsu di Facebook dan TikTok menjerat anak muda', 'Korban tdk berani lapor krn diancam'],
    actions: ['Edukasi digital soal lowongan kerja palsu untuk pemuda desa'],
  },
  {
    challenges: ['Perekrut online menjanjikan gaji besar di luar negeri lewat medsos', 'Perangkat desa gk ngerti aturan TPPO'],
    actions: ['Sosialisasi UU TPPO untuk kepala desa dan perangkatnya'],
  },
  {
    challenges: ['Korban takut melapor ke polisi karena diancam perekrut', 'Anggaran rumah aman di daerah sangat kecil'],
    actions: ['Layanan pengaduan aman 24 jam untuk korban'],
  },
  {
    challenges: ['Recruiters use social media to offer fake jobs abroad', 'Dana layanan penyintas di kabupaten minim'],
    actions: ['Hotline pengaduan yang aman dan rahasia bagi korban'],
  },
  {
    challenges: ['Aparat desa belum memahami undang-undang TPPO', 'Tidak ada anggaran daerah untuk rumah aman korban'],
    actions: ['Advokasi APBD untuk rumah aman dan layanan penyintas'],
  },
  {
    challenges: ['Victims are afraid to report because brokers threaten them'],
    actions: ['Train village officials on the anti-trafficking law'],
  },
];

export interface ThemesFixture {
  reply: CreateEventReply;
  /** Card ids per group, challenges then actions, in the order above. */
  cards: Map<GroupId, CardId[]>;
}

/** An event with the eight default regions, each board filled with the cards above; half the groups revealed votes. */
export async function seedThemesEvent(server: TestServer, title = 'Rembuk Nasional Anti-TPPO 2026'): Promise<ThemesFixture> {
  const reply = await createTestEvent(server.url, { title, groups: [...DEFAULT_REGION_GROUPS] });
  const cards = new Map<GroupId, CardId[]>();
  const organizer = await openControl(server.url, { token: reply.organizerKey, eventId: reply.event.id });
  try {
    for (const [index, group] of reply.event.groups.entries()) {
      const written = REGION_CARDS[index % REGION_CARDS.length]!;
      const board = connectBoard(server.yjsUrl, reply.event.id, group.id, reply.organizerKey);
      await board.synced;
      const ids = [
        ...written.challenges.map((text) => addCard(board.doc, { kind: 'challenge', text })),
        ...written.actions.map((text) => addCard(board.doc, { kind: 'action', text })),
      ];
      await untilServerHas(server, reply.event.id, group.id, ids);
      board.destroy();
      cards.set(group.id, ids);
      if (index % 2 === 0) {
        await commandOk(organizer, { type: 'setPhase', scope: { kind: 'group', groupId: group.id }, phase: 'vote' });
        const seat = await takeSeat(server.url, reply.event.joinCode, group.id);
        const voter = await openControl(server.url, { token: seat.ticket, eventId: reply.event.id });
        for (let dot = 0; dot < 2; dot += 1) await voteOk(voter, ids[0]!, 1);
        voter.disconnect();
        await commandOk(organizer, { type: 'revealVotes', scope: { kind: 'group', groupId: group.id }, revealed: true });
      }
    }
  } finally {
    organizer.disconnect();
  }
  return { reply, cards };
}
