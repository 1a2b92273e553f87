/**
 * Bahasa Indonesia for running a session as the board shows it: phases, countdowns, votes, moderation marks,
 * command failures, links and what is recorded. Spread into the `id` catalog (kept apart to keep files small).
 * What only staff see (the dashboard, the moderation menu, settings, deletion, export warning, projector) is in
 * idFacilitationStaff.ts, fetched with staff pages.
 */
export const idFacilitation = {
  session: {
    phase: { write: 'Menulis', cluster: 'Mengelompokkan', vote: 'Memilih', plan: 'Merencanakan', closed: 'Ditutup' },
    timer: {
      running: 'Sisa {{time}}',
      paused: 'Dijeda {{time}}',
      expired: 'Waktu habis',
      onZero: { lock: 'papan dikunci saat habis' },
      thenLock: 'lalu kunci',
    },
    locked: 'Papan dikunci',
    messageFrom: 'Pesan fasilitator:',
    readOnly: {
      locked: 'Fasilitator mengunci papan: kartu hanya bisa dibaca untuk sementara.',
      vote: 'Waktunya memilih: teks kartu tidak bisa diubah sekarang.',
      closed: 'Sesi sudah ditutup: papan hanya bisa dibaca.',
    },
  },
  vote: {
    groupLabel: 'Titik untuk {{card}}',
    add: 'Tambah satu titik untuk {{card}}',
    remove: 'Tarik satu titik dari {{card}}',
    mine_one: 'Titik Anda: {{count}}',
    mine_other: 'Titik Anda: {{count}}',
    total_one: '{{count}} suara',
    total_other: '{{count}} suara',
    left_one: 'Waktunya memilih: beri titik pada kartu terpenting. Sisa titik Anda {{count}} dari {{total}}',
    left_other: 'Waktunya memilih: beri titik pada kartu terpenting. Sisa titik Anda {{count}} dari {{total}}',
    perCard: '(paling banyak {{perCard}} per kartu).',
    hiddenUntilRevealed: 'Hasil disembunyikan sampai fasilitator membukanya.',
    revealed: 'Hasil suara sudah dibuka.',
  },
  moderation: {
    // What the board shows of moderation; the facilitator's menu itself (ModerationMenu) is in idFacilitationStaff.ts.
    menu: 'Moderasi',
    menuFor: 'Moderasi {{card}}',
    mergedInto: 'digabung ke {{card}}',
    merged: 'digabung',
    undo: 'Urungkan moderasi terakhir',
  },
  command: {
    failure: {
      invalid: 'Perintah tidak dapat dijalankan.',
      forbidden: 'Anda tidak menjalankan kelompok ini.',
      notFound: 'Kartu, perangkat, atau kelompok itu tidak ditemukan.',
      wrongPhase: 'Pemungutan suara sedang tidak dibuka.',
      budget: 'Titik Anda untuk kartu ini atau seluruh papan sudah habis.',
      nothingToUndo: 'Tidak ada moderasi untuk diurungkan.',
      tooManyInFlight: 'Tindakan terakhir Anda masih diproses. Tunggu sebentar, lalu coba lagi.',
      noReply: 'Server tidak menjawab. Periksa koneksi, lalu coba lagi.',
    },
  },
  dashboard: {
    // The board's link to the dashboard; the rest of the dashboard's messages are staff-only (idFacilitationStaff.ts).
    open: 'Dasbor fasilitator',
  },
  access: {
    title: 'Fasilitator & proyektor',
    text: 'Setiap tautan membawa kuncinya sendiri dan dapat dicabut kapan saja; mencabut menutup koneksinya seketika.',
    facilitatorTitle: 'Tautan fasilitator',
    label: 'Label',
    labelHint: 'Peran atau kelompok, mis. "Fasilitator NTT". Bukan nama orang.',
    groups: 'Kelompok yang dipandu',
    lead: 'Semua kelompok (fasilitator utama)',
    groupsRequired: 'Pilih minimal satu kelompok, atau semua kelompok.',
    createFacilitator: 'Buat tautan fasilitator',
    projectorTitle: 'Tautan proyektor',
    projectorText: 'Hanya membaca, dan hanya kartu yang boleh tampil di layar.',
    projectorLabel: 'Proyektor',
    createProjector: 'Buat tautan proyektor',
    freshLink: 'Tautan {{role}} baru: {{label}}',
    freshLinkHint:
      'Tautan baru hanya ada di peramban ini: server hanya menyimpan sidik kuncinya. Salin dan berikan hanya kepada orangnya, lalu sembunyikan.',
    freshLinkDismiss: 'Sudah diberikan, sembunyikan',
    none: 'Belum ada tautan fasilitator atau proyektor.',
    role: { facilitator: 'Fasilitator', projector: 'Proyektor' },
    allGroupsLead: 'semua kelompok',
    allGroupsRead: 'semua kelompok (hanya baca)',
    created: 'dibuat {{when}}',
    revokedAt: 'dicabut {{when}}',
    revoke: 'Cabut',
  },
  privacyInfo: {
    title: 'Sebelum mulai: apa yang dicatat',
    recordedTitle: 'Yang dicatat',
    recordedCards: 'Teks kartu yang ditulis kelompok, tanpa nama penulis: tidak ada yang tahu siapa menulis apa.',
    recordedVotes: 'Titik suara dicatat per perangkat dengan nomor acak, hanya untuk menghitung jatah titik.',
    recordedPseudonym: 'Nama samaran (jika diisi) hanya terlihat selama sesi dan tidak pernah disimpan.',
    whoTitle: 'Yang dapat melihat',
    whoGroup: 'Anggota kelompok Anda melihat papan kelompok.',
    whoFacilitators: 'Fasilitator melihat papan kelompok yang dipandunya dan dapat menyembunyikan atau menyunting kartu.',
    whoOrganizers: 'Penyelenggara melihat semua papan dan mengunduh hasilnya untuk laporan, tanpa identitas.',
    whoProjector: 'Layar proyektor hanya menampilkan kartu yang boleh tampil di layar.',
    deletedTitle: 'Kapan dihapus',
    deleted: 'Semua data acara dihapus otomatis 30 hari setelah acara, atau lebih awal bila penyelenggara menghapusnya.',
    deletedOn: 'Semua data acara dihapus otomatis pada {{when}}, atau lebih awal bila penyelenggara menghapusnya.',
    noNames: 'Jangan menulis nama, NIK, nomor telepon, atau alamat email siapa pun, termasuk milik Anda sendiri.',
    phoneTitle: 'Yang disimpan di ponsel ini',
    phoneKept:
      'Salinan papan kelompok Anda dan perubahan yang belum terkirim disimpan di ponsel ini, agar papan tetap terbuka tanpa jaringan. Semuanya dihapus 3 hari setelah terakhir dibuka, saat acara dihapus, atau kapan saja lewat "Hapus acara ini dari ponsel ini". Nama samaran dilupakan saat tab ditutup.',
    continue: 'Mengerti',
  },
};
