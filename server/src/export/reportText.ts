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
  participants: 'Peserta',
  generated: 'Dibuat',
  method: 'Metode',
  challengeTable: 'Tabel Tantangan',
  actionTable: 'Tabel RTL (Rencana Tindak Lanjut)',
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
  total: 'Jumlah',
  kind: 'Jenis',
  regions: 'Wilayah',
  noCategory: '(tanpa kategori)',
  notForScreenMark: 'tidak untuk layar',
  page: 'Halaman',
};
type ReportStrings = typeof ID;

const EN: ReportStrings = {
  subtitle: 'Report of the group discussions',
  introduction: 'Introduction',
  date: 'Date',
  place: 'Place',
  groups: 'Groups',
  participants: 'Participants',
  generated: 'Generated',
  method: 'Method',
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
  total: 'Total',
  kind: 'Kind',
  regions: 'Regions',
  noCategory: '(no category)',
  notForScreenMark: 'not for screen',
  page: 'Page',
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

/**
 * The generated method paragraph (one per language for `both`): how groups were formed, that input is anonymous,
 * and how votes became priorities.
 */
export function methodParagraphs(language: ExportLanguage, groupNames: readonly string[], participants: number): string[] {
  const id =
    `Peserta dibagi ke dalam ${groupNames.length} kelompok berdasarkan wilayah (${groupNames.join(', ')}) untuk ` +
    'membahas tantangan yang dihadapi dan langkah untuk mengatasinya; seluruh masukan bersifat anonim. ' +
    `Sebanyak ${formatCount(participants, 'id')} perangkat peserta bergabung. Setiap peserta memberi suara pada ` +
    'kartu yang dianggap paling penting; Prioritas adalah peringkat menurut jumlah suara di dalam kelompok ' +
    '(jumlah suara yang sama berbagi peringkat, kartu tanpa suara tidak diberi peringkat).';
  const en =
    `Participants were split into ${groupNames.length} groups by region (${groupNames.join(', ')}) to discuss the ` +
    'challenges they face and the steps to overcome them; all input is anonymous. ' +
    `${formatCount(participants, 'en')} participant devices joined. Each participant voted for the cards they ` +
    'found most important; Priority is the rank by votes within the group (equal votes share a rank, cards ' +
    'without votes get no rank).';
  return language === 'both' ? [id, en] : [language === 'id' ? id : en];
}

/** The rule behind "shared actions", stated in the report so readers can judge the list. */
export function sharedActionRule(language: ExportLanguage): string[] {
  const id =
    'Dua langkah dari wilayah yang berbeda dianggap sama bila paling sedikit separuh dari kata pentingnya sama ' +
    '(huruf besar/kecil, tanda baca, kata sambung dan kata di bawah tiga huruf diabaikan).';
  const en =
    'Two action steps from different regions count as the same when at least half of their significant words ' +
    'match (ignoring case, punctuation, connectives and words under three letters).';
  return language === 'both' ? [id, en] : [language === 'id' ? id : en];
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

/** 1.234 in Indonesian, 1,234 in English. */
export function formatCount(value: number, locale: Language): string {
  return COUNT_FORMATS[locale].format(value);
}
