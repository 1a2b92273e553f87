import {
  DOMAIN_LABELS,
  TIME_ZONE_OFFSET_HOURS,
  categoryLabel,
  type CardStatus,
  type ExportLanguage,
  type Language,
  type Scope,
  type Timeframe,
  type TimeZoneLabel,
} from '@rembuk/shared';

/** Words of the report around the board vocabulary (which lives in the shared DOMAIN_LABELS). */
const ID = {
  subtitle: 'Laporan hasil diskusi kelompok',
  introduction: 'Pendahuluan',
  date: 'Tanggal',
  place: 'Tempat',
  groups: 'Kelompok',
  // Seats are taken per device, not per person: the label says what is counted.
  participants: 'Perangkat terdaftar',
  participantsTable: 'Perangkat terdaftar per kelompok',
  generated: 'Dibuat',
  method: 'Metode',
  table: 'Tabel',
  challengeTable: 'Tantangan',
  actionTable: 'RTL (Rencana Tindak Lanjut)',
  none: 'Belum ada kartu.',
  summary: 'Ringkasan lintas wilayah',
  categoryByRegion: 'Tantangan menurut kategori dan wilayah',
  topChallenges: 'Tantangan dengan suara terbanyak',
  noVotes: 'Belum ada suara.',
  sharedActions: 'Langkah yang muncul di beberapa wilayah',
  noSharedActions: 'Tidak ada langkah yang sama di lebih dari satu wilayah.',
  annex: 'Lampiran: kartu yang disepakati',
  noAgreed: 'Belum ada kartu yang disepakati.',
  votes: 'Suara',
  priority: 'Prioritas',
  rank: 'Peringkat',
  votesPerDevice: 'Suara per perangkat',
  total: 'Jumlah',
  kind: 'Jenis',
  regions: 'Wilayah',
  noCategory: '(tanpa kategori)',
  notForScreenMark: 'tidak untuk layar',
  page: 'Halaman',
  themes: 'Tema lintas wilayah',
  theme: 'Tema',
  cards: 'Kartu',
  state: 'Keadaan',
  themeApproved: 'Disetujui untuk layar',
  themeProposed: 'Usulan',
  themeDismissed: 'Ditolak',
  noThemes: 'Belum ada tema.',
  noApprovedThemes: 'Belum ada tema yang disetujui untuk layar.',
  themesNoteApproved:
    'Tema dikelompokkan oleh server dari kartu yang disetujui untuk layar di semua wilayah, lalu ditinjau fasilitator utama; hanya tema yang disetujui untuk layar yang dicantumkan. Suara adalah suara yang sudah dibuka.',
  themesNoteAll:
    'Tema dikelompokkan oleh server dari kartu yang disetujui untuk layar di semua wilayah, lalu ditinjau fasilitator utama; semua tema dicantumkan dengan keadaannya. Suara adalah suara yang sudah dibuka.',
};
type ReportStrings = typeof ID;

const EN: ReportStrings = {
  subtitle: 'Report of the group discussions',
  introduction: 'Introduction',
  date: 'Date',
  place: 'Place',
  groups: 'Groups',
  participants: 'Registered devices',
  participantsTable: 'Registered devices per group',
  generated: 'Generated',
  method: 'Method',
  table: 'Table',
  challengeTable: 'Challenges',
  actionTable: 'Action plan (RTL)',
  none: 'No cards yet.',
  summary: 'Cross-region summary',
  categoryByRegion: 'Challenges by category and region',
  topChallenges: 'Challenges with the most votes',
  noVotes: 'No votes yet.',
  sharedActions: 'Action steps found in several regions',
  noSharedActions: 'No action step appears in more than one region.',
  annex: 'Annex: agreed cards',
  noAgreed: 'No agreed cards yet.',
  votes: 'Votes',
  priority: 'Priority',
  rank: 'Rank',
  votesPerDevice: 'Votes per device',
  total: 'Total',
  kind: 'Kind',
  regions: 'Regions',
  noCategory: '(no category)',
  notForScreenMark: 'not for screen',
  page: 'Page',
  themes: 'Themes across regions',
  theme: 'Theme',
  cards: 'Cards',
  state: 'State',
  themeApproved: 'Approved for the screen',
  themeProposed: 'Proposed',
  themeDismissed: 'Dismissed',
  noThemes: 'No themes yet.',
  noApprovedThemes: 'No theme has been approved for the screen yet.',
  themesNoteApproved:
    'Themes are grouped by the server from the cards approved for the screen in every region, then reviewed by the lead facilitator; only themes approved for the screen are listed. Votes are revealed votes.',
  themesNoteAll:
    'Themes are grouped by the server from the cards approved for the screen in every region, then reviewed by the lead facilitator; every theme is listed with its state. Votes are revealed votes.',
};

const MONTHS: Record<Language, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November',
    'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December'],
};

/** "Tantangan / Challenge" in both languages, one word when both say the same ("No", "Status"). */
function bilingual(id: string, en: string): string {
  return id === en ? id : `${id} / ${en}`;
}

/** A label in the export language, computed from the label in each language. */
function pick(language: ExportLanguage, label: (language: Language) => string): string {
  return language === 'both' ? bilingual(label('id'), label('en')) : label(language);
}

/** Every label a report needs, in one export language. */
export interface ReportVocabulary {
  language: ExportLanguage;
  /** The language of dates and numbers (Indonesian for `both`). */
  locale: Language;
  strings: ReportStrings;
  field: (key: keyof (typeof DOMAIN_LABELS)['id']['field']) => string;
  kind: (kind: 'challenge' | 'action') => string;
  category: (category: string | null) => string;
  scope: (scope: Scope | null) => string;
  status: (status: CardStatus) => string;
  timeframe: (timeframe: Timeframe | null) => string;
  yesNo: (value: boolean) => string;
}

export function reportVocabulary(language: ExportLanguage): ReportVocabulary {
  const strings =
    language === 'both'
      ? (Object.fromEntries(
          (Object.keys(ID) as (keyof ReportStrings)[]).map((key) => [key, bilingual(ID[key], EN[key])]),
        ) as ReportStrings)
      : language === 'id' ? ID : EN;
  return {
    language,
    locale: language === 'en' ? 'en' : 'id',
    strings,
    field: (key) => pick(language, (lang) => DOMAIN_LABELS[lang].field[key]),
    kind: (kind) => pick(language, (lang) => DOMAIN_LABELS[lang].kind[kind]),
    category: (category) =>
      category === null ? '' : pick(language, (lang) => categoryLabel(lang, category)),
    scope: (scope) => (scope === null ? '' : pick(language, (lang) => DOMAIN_LABELS[lang].scope[scope])),
    status: (status) => pick(language, (lang) => DOMAIN_LABELS[lang].status[status]),
    timeframe: (timeframe) =>
      timeframe === null ? '' : pick(language, (lang) => DOMAIN_LABELS[lang].timeframe[timeframe]),
    yesNo: (value) => pick(language, (lang) => (value ? DOMAIN_LABELS[lang].yes : DOMAIN_LABELS[lang].no)),
  };
}

/** A paragraph in one language: `both` reports tag each so that Word checks it in its own language. */
export interface LanguageText {
  language: Language;
  text: string;
}

/** The paragraph in the report's language, or both paragraphs (Indonesian first) for `both`. */
function inLanguage(language: ExportLanguage, id: string, en: string): LanguageText[] {
  const idText = { language: 'id' as const, text: id };
  const enText = { language: 'en' as const, text: en };
  return language === 'both' ? [idText, enText] : [language === 'id' ? idText : enText];
}

/**
 * The generated method paragraph (one per language for `both`): how groups were formed, that input is anonymous,
 * what the device counts count, and how votes became priorities.
 */
export function methodParagraphs(language: ExportLanguage, groupNames: readonly string[], participants: number): LanguageText[] {
  const id =
    `Peserta dibagi ke dalam ${groupNames.length} kelompok berdasarkan wilayah (${groupNames.join(', ')}) untuk ` +
    'membahas tantangan yang dihadapi dan langkah untuk mengatasinya; seluruh masukan bersifat anonim. ' +
    `Sebanyak ${formatCount(participants, 'id')} perangkat peserta bergabung. Perangkat terdaftar dihitung per ` +
    'perangkat yang bergabung ke kelompok dengan kode, bukan per orang: perangkat yang belum pernah tersambung ' +
    'tetap terhitung, dan perangkat yang pindah kelompok dihitung di kelompok barunya sementara suaranya tetap di ' +
    'kelompok lama. Setiap peserta memberi suara pada ' +
    'kartu yang dianggap paling penting; Prioritas adalah peringkat menurut jumlah suara di dalam kelompok ' +
    '(jumlah suara yang sama berbagi peringkat, kartu tanpa suara tidak diberi peringkat).';
  const en =
    `Participants were split into ${groupNames.length} groups by region (${groupNames.join(', ')}) to discuss the ` +
    'challenges they face and the steps to overcome them; all input is anonymous. ' +
    `${formatCount(participants, 'en')} participant devices joined. Registered devices count the devices that ` +
    'joined a group with its code, not people: a device that never connected still counts, and a device that ' +
    'moved to another group counts in its new group while its votes stay in the old one. Each participant voted ' +
    'for the cards they ' +
    'found most important; Priority is the rank by votes within the group (equal votes share a rank, cards ' +
    'without votes get no rank).';
  return inLanguage(language, id, en);
}

/** The rule behind "shared actions", stated in the report so readers can judge the list. */
export function sharedActionRule(language: ExportLanguage): LanguageText[] {
  const id =
    'Dua langkah dari wilayah yang berbeda dianggap sama bila paling sedikit separuh dari kata pentingnya sama ' +
    '(huruf besar/kecil, tanda baca, kata sambung dan kata di bawah tiga huruf diabaikan).';
  const en =
    'Two action steps from different regions count as the same when at least half of their significant words ' +
    'match (ignoring case, punctuation, connectives and words under three letters).';
  return inLanguage(language, id, en);
}

/** "21 Juli 2023" / "21 July 2023" from a calendar date `YYYY-MM-DD`. */
export function formatDate(isoDate: string, locale: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[locale][(month ?? 1) - 1]} ${year}`;
}

/** "21 Juli 2023 14.30 WITA": a moment shown in the event's time zone, always with the zone's name. */
export function formatMoment(moment: Date, zone: TimeZoneLabel, locale: Language): string {
  const local = new Date(moment.getTime() + TIME_ZONE_OFFSET_HOURS[zone] * 3_600_000);
  const date = formatDate(local.toISOString().slice(0, 10), locale);
  const hours = String(local.getUTCHours()).padStart(2, '0');
  const minutes = String(local.getUTCMinutes()).padStart(2, '0');
  return `${date} ${hours}${locale === 'id' ? '.' : ':'}${minutes} ${zone}`;
}

/** Number formats are costly to create and a report formats thousands of counts: one per locale. */
const COUNT_FORMATS: Record<Language, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID'),
  en: new Intl.NumberFormat('en-GB'),
};

const RATIO_FORMATS: Record<Language, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** "0,44" in Indonesian, "0.44" in English: a ratio with two decimals. */
export function formatRatio(value: number, locale: Language): string {
  return RATIO_FORMATS[locale].format(value);
}

/** 1.234 in Indonesian, 1,234 in English. */
export function formatCount(value: number, locale: Language): string {
  return COUNT_FORMATS[locale].format(value);
}

/** What the cross-region list is ranked by, and where it was cut: readers must not take it for more than it is. */
export function topChallengeNotes(
  language: ExportLanguage,
  list: { shown: number; withVotes: number; lastTie: { rank: number; votes: number; count: number } | null;
    droppedTie: { votes: number; count: number } | null },
): LanguageText[] {
  const count = (value: number, locale: Language) => formatCount(value, locale);
  const id = [
    'Peringkat menurut jumlah suara mentah di seluruh wilayah; suara yang sama berbagi peringkat. Kelompok dengan ' +
      'lebih banyak perangkat dapat memberi lebih banyak suara, maka Suara per perangkat (suara dibagi perangkat ' +
      'terdaftar kelompoknya) ditampilkan sebagai pembanding, tanpa mengubah peringkat.',
    list.shown === list.withVotes
      ? `Semua ${count(list.withVotes, 'id')} tantangan yang mendapat suara ditampilkan.`
      : `${count(list.shown, 'id')} dari ${count(list.withVotes, 'id')} tantangan yang mendapat suara ditampilkan.`,
    ...(list.lastTie ? [`${count(list.lastTie.count, 'id')} tantangan sama-sama mendapat ${count(list.lastTie.votes, 'id')} ` +
      `suara (peringkat ${count(list.lastTie.rank, 'id')}) dan semuanya ditampilkan.`] : []),
    ...(list.droppedTie ? [`${count(list.droppedTie.count, 'id')} tantangan yang sama-sama mendapat ` +
      `${count(list.droppedTie.votes, 'id')} suara tidak ditampilkan, agar daftar tidak terlalu panjang.`] : []),
  ].join(' ');
  const en = [
    'Ranked by raw votes across all regions; equal votes share a rank. Groups with more devices can give more ' +
      'votes, so Votes per device (votes divided by the registered devices of the group) is shown for comparison; ' +
      'it does not change the ranking.',
    list.shown === list.withVotes
      ? `All ${count(list.withVotes, 'en')} challenges with votes are shown.`
      : `${count(list.shown, 'en')} of ${count(list.withVotes, 'en')} challenges with votes are shown.`,
    ...(list.lastTie ? [`${count(list.lastTie.count, 'en')} challenges tie at ${count(list.lastTie.votes, 'en')} votes ` +
      `(rank ${count(list.lastTie.rank, 'en')}), and all of them are shown.`] : []),
    ...(list.droppedTie ? [`${count(list.droppedTie.count, 'en')} challenges that tie at ` +
      `${count(list.droppedTie.votes, 'en')} votes are left out, to keep the list short.`] : []),
  ].join(' ');
  return inLanguage(language, id, en);
}
