/** An event of 10 groups × 100 cards (60 challenges, 40 action steps) with votes, links and some long texts. */
import { CHALLENGE_CATEGORIES, TIMEFRAMES, type ActionCard, type CardId, type ChallengeCard, type EventId, type GroupId, type JoinCode } from '@rembuk/shared';
import type { EventOutcomes, GroupOutcome } from '../../server/src/export/eventOutcomes.js';

export const GROUPS = 10;
export const CHALLENGES_PER_GROUP = 60;
export const ACTIONS_PER_GROUP = 40;
const REGIONS = ['Sumatera', 'Jawa', 'Bali–NTB', 'NTT', 'Kalimantan', 'Sulawesi', 'Maluku–Papua', 'Nasional/ASEAN',
  'Kepulauan Riau', 'Papua Barat'];
const PROBLEMS = ['Perekrutan lewat media sosial oleh calo', 'Data korban tidak terpadu antar dinas',
  'Rumah aman terbatas di tingkat kabupaten', 'Dokumen palsu untuk pekerja migran', 'Penegakan hukum lambat',
  'Kurangnya anggaran layanan penyintas', 'Pengawasan pelabuhan kecil lemah', 'Literasi digital remaja rendah'];
const STEPS = ['Latih guru BK tentang modus perekrutan daring', 'Bentuk gugus tugas desa', 'Susun data bersama korban',
  'Dampingi penyintas dalam proses hukum', 'Kampanye migrasi aman di sekolah', 'Perkuat pengawasan pelabuhan'];

function event(): EventOutcomes['event'] {
  return {
    id: 'evtBENCH00000001' as EventId,
    title: 'Rapat Anti Perdagangan Orang Indonesia 2023',
    date: '2023-07-21',
    place: 'Sanur, Bali',
    timeZone: 'WITA',
    language: 'id',
    categories: [...CHALLENGE_CATEGORIES],
    groups: REGIONS.slice(0, GROUPS).map((name, index) => ({ id: `grp${String(index).padStart(5, '0')}` as GroupId, name })),
    joinCode: 'BNCH-0000' as JoinCode,
    organizerKeyHash: '0'.repeat(64),
    ticketSecret: 'bench',
    settings: { allowReadingOtherGroups: false, voteBudget: { perParticipant: 5, perCard: 3 }, purgeAfterDays: 30 },
    createdAt: '2023-07-21T01:00:00.000Z',
    purgeAt: '2023-08-20T16:00:00.000Z',
  };
}

function group(info: EventOutcomes['event']['groups'][number], groupIndex: number): GroupOutcome {
  const votes: Record<string, number> = {};
  const challenges: ChallengeCard[] = Array.from({ length: CHALLENGES_PER_GROUP }, (_, index) => {
    const id = `c${groupIndex}-${index}` as CardId;
    votes[id] = (index * 7 + groupIndex) % 9;
    const text = `${PROBLEMS[index % PROBLEMS.length]} (${info.name}, ${index + 1})` +
      (index % 10 === 0 ? ' — ' + 'uraian panjang tentang situasi di lapangan, '.repeat(8) : '');
    return { kind: 'challenge', id, text, status: index % 3 === 0 ? 'agreed' : 'draft', notForScreen: false,
      mergedInto: null, category: CHALLENGE_CATEGORIES[index % CHALLENGE_CATEGORIES.length]!, scope: 'province' };
  });
  const actions: ActionCard[] = Array.from({ length: ACTIONS_PER_GROUP }, (_, index) => {
    const id = `a${groupIndex}-${index}` as CardId;
    votes[id] = index % 4;
    return { kind: 'action', id, text: `${STEPS[index % STEPS.length]}${index >= STEPS.length ? ` tahap ${index}` : ''}`,
      status: index % 2 === 0 ? 'agreed' : 'draft', notForScreen: false, mergedInto: null,
      addresses: [challenges[index]!.id, challenges[(index + 5) % CHALLENGES_PER_GROUP]!.id],
      responsibleOrg: 'Dinas Sosial Provinsi', partners: 'LSM pendamping; kepolisian', timeframe: TIMEFRAMES[index % TIMEFRAMES.length]!,
      resources: 'Anggaran daerah, relawan', indicator: '50 guru terlatih', firstStep: 'Rapat koordinasi' };
  });
  return { group: info, board: { challenges, actions }, votes, participants: 10 + groupIndex };
}

export function largeEventOutcomes(): EventOutcomes {
  const base = event();
  return { event: base, generatedAt: new Date(), includesNotForScreen: false, groups: base.groups.map(group) };
}
