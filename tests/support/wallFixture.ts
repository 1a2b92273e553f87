import {
  DEFAULT_REGION_GROUPS,
  addCard,
  linkActionToChallenge,
  setChallengeCategory,
  type CreateEventReply,
} from '@rembuk/shared';
import { commandOk, openControl, voteOk } from './controlClient.js';
import { createTestEvent, takeSeat, untilServerHas, type TestServer } from './testServer.js';
import { connectBoard } from './yjsClient.js';

/** Challenges as groups at the conference write them, each with a category and the actions that answer it. */
const CHALLENGES: { text: string; category: string; actions: string[] }[] = [
  { text: 'Perekrutan lewat media sosial dengan tawaran kerja palsu ke luar negeri', category: 'onlineTech', actions: ['Literasi digital di sekolah dan pesantren', 'Patroli siber bersama platform'] },
  { text: 'Korban takut melapor karena diancam calo', category: 'protection', actions: ['Layanan pengaduan 24 jam yang aman'] },
  { text: 'Anggaran layanan penyintas di daerah sangat kecil', category: 'funding', actions: ['Advokasi APBD untuk rumah aman'] },
  { text: 'Aparat desa belum paham UU TPPO', category: 'lawPolicy', actions: ['Pelatihan aparat desa tentang TPPO'] },
  { text: 'Data kasus tidak terhubung antar lembaga', category: 'partnership', actions: [] },
  { text: 'Pemulangan korban tanpa pendampingan psikososial', category: 'survivorServices', actions: ['Pendamping sebaya dari jaringan penyintas'] },
  { text: 'Penyalur PMI ilegal beroperasi di pelabuhan', category: 'prosecution', actions: ['Razia terpadu di pelabuhan'] },
];

export interface WallFixture {
  reply: CreateEventReply;
  projectorKey: string;
}

/**
 * An event with the eight default region groups, each board filled with a few of the challenges above (different
 * per group), linked actions, some agreed cards and revealed votes: what a wall looks like mid-session.
 */
export async function seedWallEvent(server: TestServer, createProjectorKey: (reply: CreateEventReply) => Promise<string>): Promise<WallFixture> {
  const serverUrl = server.url;
  const reply = await createTestEvent(serverUrl, { title: 'Rembuk Nasional Anti-TPPO 2026', groups: [...DEFAULT_REGION_GROUPS] });
  const organizer = await openControl(serverUrl, { token: reply.organizerKey, eventId: reply.event.id });
  try {
    for (const [groupIndex, group] of reply.event.groups.entries()) {
      const board = connectBoard(server.yjsUrl, reply.event.id, group.id, reply.organizerKey);
      await board.synced;
      const count = 2 + (groupIndex % 5);
      const ids = [];
      for (let index = 0; index < count; index += 1) {
        const challenge = CHALLENGES[(groupIndex + index) % CHALLENGES.length]!;
        const id = addCard(board.doc, { kind: 'challenge', text: challenge.text });
        setChallengeCategory(board.doc, id, challenge.category);
        for (const text of challenge.actions) linkActionToChallenge(board.doc, addCard(board.doc, { kind: 'action', text }), id, true);
        ids.push(id);
      }
      // An action written before anyone linked it to a challenge.
      if (groupIndex === 0) addCard(board.doc, { kind: 'action', text: 'Forum koordinasi bulanan antar dinas' });
      await untilServerHas(server, reply.event.id, group.id, ids);
      const agreed = ids[1];
      if (agreed) await commandOk(organizer, { type: 'moderate', groupId: group.id, cardId: agreed, action: 'agree' });
      // Half the groups have voted and see their totals.
      if (groupIndex % 2 === 0) {
        await commandOk(organizer, { type: 'setPhase', scope: { kind: 'group', groupId: group.id }, phase: 'vote' });
        const seat = await takeSeat(serverUrl, reply.event.joinCode, group.id);
        const voter = await openControl(serverUrl, { token: seat.ticket, eventId: reply.event.id });
        // The last card written gets the most dots, so the wall's ranking differs from board order.
        const dots: [string | undefined, number][] = [[ids.at(-1), 3], [ids[0], 2]];
        for (const [id, count] of dots) for (let dot = 0; id && dot < count; dot += 1) await voteOk(voter, id, 1);
        voter.disconnect();
        await commandOk(organizer, { type: 'revealVotes', scope: { kind: 'group', groupId: group.id }, revealed: true });
      }
      board.destroy();
    }
    await commandOk(organizer, { type: 'startTimer', scope: { kind: 'event' }, durationMs: 12 * 60_000, onZero: 'notify' });
  } finally {
    organizer.disconnect();
  }
  return { reply, projectorKey: await createProjectorKey(reply) };
}
