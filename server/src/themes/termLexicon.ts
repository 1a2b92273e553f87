import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemIndonesian } from '@orama/stemmers/indonesian';

/**
 * A small bilingual lexicon of the words a TPPO (anti-trafficking) meeting uses, so that an English card meets its
 * Indonesian twin and a few near-synonyms meet: each entry names the Indonesian root (as @orama's Indonesian
 * stemmer leaves it) that the word counts as. Written from the domain (recruitment, brokers, documents, victims,
 * budgets, coordination, villages), not from the evaluation cards; it is the part a local embedding model would
 * make unnecessary.
 */
const ENGLISH_TO_ROOT: Readonly<Record<string, string>> = {
  recruit: 'rekrut', recruitment: 'rekrut', recruiter: 'rekrut', broker: 'calo', brokers: 'calo', middleman: 'calo',
  agent: 'calo', sponsor: 'calo', trafficker: 'dagang', trafficking: 'dagang', traffick: 'dagang',
  fake: 'palsu', false: 'palsu', bogus: 'palsu', forged: 'palsu', forgery: 'palsu', falsify: 'palsu', fraudulent: 'palsu',
  scam: 'tipu', fraud: 'tipu', deceive: 'tipu', lure: 'iming', promise: 'janji', job: 'kerja', work: 'kerja',
  employment: 'kerja', vacancy: 'lowong', offer: 'tawar', abroad: 'luar negeri', overseas: 'luar negeri',
  social: 'sosial', media: 'media', online: 'daring', internet: 'daring', document: 'dokumen', passport: 'paspor',
  identity: 'identitas', card: 'kartu', age: 'umur', victim: 'korban', survivor: 'sintas', return: 'pulang',
  reintegration: 'reintegrasi', reintegrate: 'reintegrasi', stigma: 'stigma', trauma: 'trauma', shelter: 'rumah aman',
  counselling: 'konseling', counseling: 'konseling', budget: 'anggar', funding: 'dana', fund: 'dana', money: 'dana',
  coordination: 'koordinasi', coordinate: 'koordinasi', agency: 'instansi', agencies: 'instansi', data: 'data',
  village: 'desa', villages: 'desa', prevention: 'cegah', prevent: 'cegah', awareness: 'sadar', training: 'latih',
  train: 'latih', police: 'polisi', law: 'hukum', enforcement: 'tegak', prosecution: 'tuntut', court: 'adil',
  migrant: 'migran', worker: 'pekerja', workers: 'pekerja', child: 'anak', children: 'anak', marriage: 'kawin',
  school: 'sekolah', youth: 'muda', poverty: 'miskin', poor: 'miskin', livelihood: 'usaha', economic: 'ekonomi',
  report: 'lapor', reporting: 'lapor', hotline: 'aduan', complaint: 'adu', case: 'kasus', handling: 'tangan',
  official: 'pejabat', corruption: 'korupsi', bribe: 'suap', border: 'batas', illegal: 'ilegal', nonprocedural: 'ilegal',
  unregistered: 'ilegal', integrated: 'integrasi', information: 'informasi', campaign: 'kampanye', religious: 'agama',
  church: 'gereja', mosque: 'masjid', leader: 'tokoh', community: 'masyarakat', family: 'keluarga', parent: 'orang tua',
};

/** Indonesian words whose stems differ but which a meeting uses for one thing. */
const INDONESIAN_TO_ROOT: Readonly<Record<string, string>> = {
  facebook: 'media sosial', fb: 'media sosial', tiktok: 'media sosial', instagram: 'media sosial', ig: 'media sosial',
  whatsapp: 'media sosial', wa: 'media sosial', telegram: 'media sosial', medsos: 'media sosial',
  bodong: 'palsu', abal: 'palsu', aspal: 'palsu', gadungan: 'palsu', fiktif: 'palsu', ilegal: 'ilegal', nonprosedural: 'ilegal',
  perekrut: 'rekrut', ekrut: 'rekrut', sponsor: 'calo', makelar: 'calo', tekong: 'calo',
  iming: 'iming', penyintas: 'sintas', dana: 'dana', biaya: 'dana', anggaran: 'anggar', apbd: 'anggar', apbdes: 'anggar',
  kemiskinan: 'miskin', lowongan: 'lowong', daring: 'daring', online: 'daring',
};

/** Roots are kept as the Indonesian stemmer leaves them, so a mapped word and a stemmed one meet. */
function stemmedRoot(root: string): string {
  return root.split(' ').map(stemIndonesian).join(' ');
}

function expandRoots(table: Readonly<Record<string, string>>, stem: (word: string) => string): Map<string, string> {
  const roots = new Map<string, string>();
  for (const [word, root] of Object.entries(table)) {
    roots.set(word, stemmedRoot(root));
    roots.set(stem(word), stemmedRoot(root));
  }
  return roots;
}

/** English words and their English stems → Indonesian root(s). */
export const ENGLISH_ROOTS: ReadonlyMap<string, string> = expandRoots(ENGLISH_TO_ROOT, stemEnglish);
/** Indonesian surface words and stems → shared root(s). */
export const INDONESIAN_ROOTS: ReadonlyMap<string, string> = expandRoots(INDONESIAN_TO_ROOT, stemIndonesian);
