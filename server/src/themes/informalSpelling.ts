/**
 * Informal spellings of everyday Indonesian as people type them on phones (chat abbreviations), and their standard
 * form. Applied to whole tokens before stop words and stemming; a value may be several words. Kept small and
 * explicit: stemming and stop words come from @orama/stemmers and @orama/stopwords.
 */
export const INFORMAL_SPELLING: Readonly<Record<string, string>> = {
  gk: 'tidak', ga: 'tidak', gak: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak', g: 'tidak',
  tdk: 'tidak', tak: 'tidak', kagak: 'tidak', ndak: 'tidak',
  yg: 'yang', dgn: 'dengan', dg: 'dengan', utk: 'untuk', untk: 'untuk', u: 'untuk', krn: 'karena', karna: 'karena',
  sdh: 'sudah', udh: 'sudah', udah: 'sudah', blm: 'belum', blum: 'belum', bs: 'bisa', bsa: 'bisa',
  jg: 'juga', jd: 'jadi', jdi: 'jadi', sm: 'sama', sj: 'saja', aja: 'saja', dr: 'dari', dri: 'dari', kpd: 'kepada',
  pd: 'pada', dlm: 'dalam', tsb: 'tersebut', spt: 'seperti', kl: 'kalau', kalo: 'kalau', klo: 'kalau',
  bnyk: 'banyak', byk: 'banyak', sy: 'saya', kmi: 'kami', org: 'orang', orng: 'orang', tp: 'tapi', tpi: 'tapi',
  lg: 'lagi', lgi: 'lagi', msh: 'masih', msih: 'masih', hrs: 'harus', bgt: 'sekali', banget: 'sekali',
  trs: 'terus', sll: 'selalu', skrg: 'sekarang', gimana: 'bagaimana', gmn: 'bagaimana', knp: 'kenapa',
  ngerti: 'mengerti', tau: 'tahu', dpt: 'dapat', dapet: 'dapat', ortu: 'orang tua', pemda: 'pemerintah daerah',
  pemdes: 'pemerintah desa', kades: 'kepala desa', medsos: 'media sosial', sosmed: 'media sosial', loker: 'lowongan kerja',
  ln: 'luar negeri', pmi: 'pekerja migran', tki: 'pekerja migran', tkw: 'pekerja migran',
};
