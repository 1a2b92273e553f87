/**
 * Writes every export format of a small, realistic event (the closing session of an anti-trafficking meeting,
 * eight region groups) to a folder, for looking at the layout: `pnpm --filter @rembuk/server sample:reports
 * [-- --out /tmp/sample --lang id|en|both]`. The PDF's first page is docs/screenshots/report-pdf-page1.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CHALLENGE_CATEGORIES,
  EXPORT_FORMATS,
  EXPORT_LANGUAGES,
  type ActionCard,
  type CardId,
  type ChallengeCard,
  type EventId,
  type ExportLanguage,
  type GroupId,
  type JoinCode,
  type Timeframe,
} from '@rembuk/shared';
import type { EventOutcomes, GroupOutcome } from '../../server/src/export/eventOutcomes.js';
import { exportFileName } from '../../server/src/export/exportFileName.js';
import { renderExport } from '../../server/src/export/renderExport.js';

type Challenge = [text: string, category: string, votes: number, agreed: boolean];
type Action = [text: string, addresses: number[], responsible: string, partners: string, timeframe: Timeframe, resources: string, indicator: string];

const REGIONS: { name: string; participants: number; challenges: Challenge[]; actions: Action[] }[] = [
  {
    name: 'Sumatera', participants: 14,
    challenges: [
      ['Calo menjanjikan kerja di Malaysia lewat media sosial 📱', 'onlineTech', 9, true],
      ['Pelabuhan kecil di pesisir timur nyaris tanpa pengawasan', 'prevention', 6, true],
      ['Korban pulang tanpa pendampingan psikososial', 'survivorServices', 6, false],
      ['Koordinasi gugus tugas kabupaten berhenti setelah rapat', 'partnership', 2, false],
    ],
    actions: [
      ['Latih relawan desa mengenali lowongan kerja palsu', [1], 'Dinas Tenaga Kerja Provinsi', 'LSM migran, BP3MI', '3to6', 'Modul pelatihan, honor fasilitator', '200 relawan terlatih'],
      ['Bentuk pos pengaduan di dua pelabuhan rakyat', [2], 'Polda, KSOP', 'Nelayan, LSM lokal', '6to12', 'Posko, petugas piket', '2 pos aktif, laporan bulanan'],
    ],
  },
  {
    name: 'Jawa', participants: 17,
    challenges: [
      ['Perekrutan ABK kapal ikan dengan dokumen palsu', 'prosecution', 11, true],
      ['Anggaran layanan korban habis di pertengahan tahun', 'funding', 7, true],
      ['Data korban berbeda antara dinas dan kepolisian', 'partnership', 4, false],
    ],
    actions: [
      ['Susun satu data korban bersama dinas dan kepolisian', [3], 'Bappeda Provinsi', 'Dinas PPPA, Polda', '6to12', 'Sistem data, pelatihan operator', 'Satu basis data dipakai 3 lembaga'],
      ['Audit agen perekrut awak kapal perikanan', [1], 'Dinas Kelautan dan Perikanan', 'Serikat awak kapal', 'upTo3', 'Tim audit gabungan', '30 agen diaudit'],
    ],
  },
  {
    name: 'Bali–NTB', participants: 12,
    challenges: [
      ['Pekerja migran berangkat lewat jalur wisata tanpa dokumen kerja', 'prevention', 8, true],
      ['Penyintas sulit kembali bekerja di desa', 'survivorServices', 3, false],
    ],
    actions: [['Sosialisasi migrasi aman di desa asal pekerja', [1], 'Dinas Tenaga Kerja', 'Desa migran produktif', '3to6', 'Materi sosialisasi', '40 desa terjangkau']],
  },
  {
    name: 'NTT', participants: 19,
    challenges: [
      ['Anak putus sekolah direkrut sebagai pekerja rumah tangga', 'prevention', 12, true],
      ['Jenazah pekerja migran dipulangkan tanpa kejelasan kasus', 'prosecution', 10, true],
      ['Shelter korban hanya ada di Kupang', 'protection', 5, false],
    ],
    actions: [
      ['Sosialisasi migrasi aman di desa-desa asal', [1], 'Dinas Pendidikan dan Kebudayaan', 'Gereja, LSM perempuan', '3to6', 'Relawan, transportasi', '60 desa'],
      ['Tetapkan protokol penyelidikan untuk setiap jenazah pekerja migran', [2], 'Polda NTT', 'BP3MI, Kejaksaan', '6to12', 'Tim forensik', 'Protokol berlaku'],
    ],
  },
  {
    name: 'Kalimantan', participants: 11,
    challenges: [['Perbatasan darat dengan Malaysia mudah dilintasi', 'prevention', 7, true]],
    actions: [['Perkuat patroli bersama di pos lintas batas', [1], 'Imigrasi', 'TNI, Polri', 'over12', 'Kendaraan patroli', 'Patroli mingguan']],
  },
  { name: 'Sulawesi', participants: 13, challenges: [['Perekrutan lewat aplikasi pinjaman daring', 'onlineTech', 6, true]], actions: [] },
  { name: 'Maluku–Papua', participants: 9, challenges: [['Layanan hukum jauh dari pulau-pulau kecil', 'lawPolicy', 4, true]], actions: [] },
  { name: 'Nasional/ASEAN', participants: 15, challenges: [['Rujukan kasus lintas negara ASEAN lambat', 'partnership', 8, true]], actions: [] },
];

function outcomes(): EventOutcomes {
  const groups = REGIONS.map((region, index) => ({ id: `grp0000${index}` as GroupId, name: region.name }));
  return {
    event: {
      id: 'evtSAMPLE0000001' as EventId,
      title: 'Rapat Anti Perdagangan Orang Indonesia',
      date: '2027-07-21',
      place: 'Sanur, Bali',
      timeZone: 'WITA',
      language: 'id',
      categories: [...CHALLENGE_CATEGORIES],
      groups,
      joinCode: 'SMPL-0000' as JoinCode,
      organizerKeyHash: '',
      ticketSecret: '',
      settings: { allowReadingOtherGroups: false, voteBudget: { perParticipant: 5, perCard: 3 }, purgeAfterDays: 30 },
      createdAt: '2027-07-01T01:00:00.000Z',
      purgeAt: '2027-08-20T16:00:00.000Z',
    },
    generatedAt: new Date('2027-07-21T08:30:00Z'),
    includesNotForScreen: false,
    groups: REGIONS.map((region, regionIndex): GroupOutcome => {
      const votes: Record<string, number> = {};
      const challenges = region.challenges.map(([text, category, count, agreed], index): ChallengeCard => {
        const id = `c${regionIndex}x${index}` as CardId;
        votes[id] = count;
        return { kind: 'challenge', id, text, status: agreed ? 'agreed' : 'draft', notForScreen: false, mergedInto: null, category, scope: 'province' };
      });
      const actions = region.actions.map(([text, addresses, responsibleOrg, partners, timeframe, resources, indicator], index): ActionCard => ({
        kind: 'action', id: `a${regionIndex}x${index}` as CardId, text, status: 'agreed', notForScreen: false, mergedInto: null,
        addresses: addresses.map((number) => challenges[number - 1]!.id), responsibleOrg, partners, timeframe, resources, indicator,
        firstStep: 'Rapat koordinasi pertama',
      }));
      return { group: groups[regionIndex]!, board: { challenges, actions }, votes, participants: region.participants };
    }),
  };
}

const { values } = parseArgs({ options: { out: { type: 'string', default: 'sample-reports' }, lang: { type: 'string', default: 'id' } } });
const language = values.lang as ExportLanguage;
if (!EXPORT_LANGUAGES.includes(language)) throw new Error(`--lang must be one of ${EXPORT_LANGUAGES.join(', ')}`);
mkdirSync(values.out, { recursive: true });
const event = outcomes();
for (const format of EXPORT_FORMATS) {
  const file = await renderExport(format, event, { language });
  writeFileSync(join(values.out, exportFileName(event, format, language)), file.body);
}
console.log(`wrote ${EXPORT_FORMATS.length} files to ${values.out}`);
