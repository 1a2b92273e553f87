import { stemmer as stemIndonesian } from '@orama/stemmers/indonesian';

/**
 * A small thesaurus of what people at an Indonesian anti-trafficking (TPPO) meeting talk about: each concept
 * lists Indonesian roots (and a few loan words) that point to it. A card whose words point to a concept also
 * carries the concept as a term, so "lowongan bodong di Facebook" and "tawaran kerja palsu lewat medsos" meet
 * although they share one word. It is written from the domain (the meeting's own topics: recruitment, brokers,
 * documents, victims' return, budgets, coordination, villages, law enforcement), and it is the part a local
 * embedding model would replace. English words reach it through `termLexicon.ts` (they are mapped to roots first).
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  online: ['media', 'sosial', 'daring', 'internet', 'aplikasi', 'akun', 'platform', 'siber', 'digital', 'iklan', 'konten', 'chat', 'situs', 'website'],
  deceit: ['palsu', 'tipu', 'bohong', 'janji', 'iming', 'giur', 'bujuk', 'modus', 'jebak', 'jerat'],
  job: ['kerja', 'lowong', 'gaji', 'upah', 'tawar'],
  broker: ['calo', 'rekrut', 'makelar', 'tekong', 'jemput', 'sponsor'],
  debt: ['utang', 'hutang', 'pinjam', 'jerat'],
  identity: ['dokumen', 'ktp', 'kk', 'paspor', 'identitas', 'kependudukan', 'akta', 'umur', 'dukcapil', 'biometrik', 'surat', 'izin', 'data'],
  return: ['pulang', 'kembali', 'reintegrasi', 'stigma', 'kucil', 'trauma', 'pulih', 'sintas', 'malu'],
  support: ['damping', 'konseling', 'psikologis', 'rumah', 'aman', 'layan', 'dukung', 'bantu'],
  livelihood: ['terampil', 'modal', 'usaha', 'koperasi', 'hasil', 'ekonomi', 'beasiswa', 'berdaya', 'mandiri'],
  money: ['anggar', 'dana', 'biaya', 'apbd', 'apbn', 'donor', 'alokasi', 'rpjmd', 'csr', 'restitusi', 'kompensasi', 'danai'],
  coordination: ['koordinasi', 'instansi', 'lembaga', 'sektoral', 'integrasi', 'sinkron', 'gugus', 'sama', 'rujuk', 'nota', 'sepaham', 'forum', 'atap', 'terpadu'],
  village: ['desa', 'kampung', 'kades', 'perdes', 'pemdes', 'rantau', 'posko', 'satgas', 'desmigratif'],
  law: ['hukum', 'pelaku', 'polisi', 'vonis', 'sidik', 'jaksa', 'hakim', 'suap', 'oknum', 'aparat', 'uu', 'pasal', 'pidana', 'tuntut', 'tindak', 'tegas', 'polres', 'polda', 'ekstradisi', 'aset', 'sanksi', 'lapor'],
  poverty: ['miskin', 'anggur', 'panen', 'nganggur', 'putus', 'nekat', 'terpaksa', 'sulit'],
  awareness: ['tahu', 'paham', 'informasi', 'tahuan', 'sadar', 'edukasi', 'sosialisasi', 'suluh', 'kampanye', 'ngerti', 'kurikulum', 'radio', 'prosedur', 'resmi'],
  death: ['jenazah', 'meninggal', 'mati', 'kematian', 'peti', 'kargo', 'tewas'],
  child: ['anak', 'seksual', 'eksploitasi', 'nikah', 'kawin', 'perempuan', 'bawah', 'seks', 'hibur'],
  faith: ['agama', 'gereja', 'masjid', 'ibadah', 'taklim', 'tokoh', 'sekolah', 'pkk', 'kader'],
};

const CONCEPTS_OF_ROOT: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [concept, roots] of Object.entries(CONCEPTS)) {
    for (const root of roots) {
      for (const key of new Set([root, stemIndonesian(root)])) {
        const list = map.get(key) ?? [];
        list.push(concept);
        map.set(key, list);
      }
    }
  }
  return map;
})();

/** The concepts a card's roots point to, each once, as terms (`#online`) that cannot clash with a word. */
export function conceptTerms(roots: readonly string[]): string[] {
  const concepts = new Set<string>();
  for (const root of roots) for (const concept of CONCEPTS_OF_ROOT.get(root) ?? []) concepts.add(concept);
  return [...concepts].map((concept) => `#${concept}`);
}
