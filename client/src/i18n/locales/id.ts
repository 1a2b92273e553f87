import { idFacilitation } from './idFacilitation.js';
import { idOnPhone } from './idOnPhone.js';
import type { idStaff } from './idStaff.js';

/**
 * Bahasa Indonesia: the default language and the reference catalog. Its shape is the type every other language
 * must match (see en.ts), its staff-only part in idStaff.ts. Board vocabulary (Tantangan, categories, scopes…)
 * lives in the shared `domain` labels.
 */
export const id = {
  app: { name: 'Rembuk' },
  common: {
    loading: 'Memuat…',
    toHome: 'Ke halaman awal',
    cancel: 'Batal',
    copy: 'Salin',
    copied: 'Tersalin',
  },
  language: {
    label: 'Bahasa',
    short: { id: 'ID', en: 'EN' },
    name: { id: 'Bahasa Indonesia', en: 'English' },
  },
  timeZone: { WIB: 'WIB (UTC+7)', WITA: 'WITA (UTC+8)', WIT: 'WIT (UTC+9)' },
  privacy: {
    anonymousNote:
      'Masukan bersifat anonim: tanpa akun, email, atau nomor telepon, dan kartu tidak menyimpan siapa penulisnya. Jangan menulis nama atau data pribadi orang lain.',
    cardWarning:
      'Teks ini tampak memuat {{kinds}}. Data seperti ini dapat mengenali seseorang dan akan terlihat oleh kelompok, fasilitator, dan dalam hasil unduhan.',
    edit: 'Ubah teks',
    keep: 'Tetap simpan',
    kind: { nik: 'NIK', phone: 'nomor telepon', email: 'alamat email' },
  },
  errors: {
    notFound: 'Kode atau acara tidak ditemukan. Periksa lagi.',
    keyRefused: 'Kunci penyelenggara tidak berlaku untuk acara ini.',
    network: 'Server tidak dapat dihubungi. Periksa jaringan, lalu coba lagi.',
    rateLimited: 'Terlalu banyak permintaan. Tunggu beberapa detik, lalu coba lagi.',
    server: 'Server menolak permintaan ini.',
    unexpected: 'Terjadi kesalahan. Coba muat ulang halaman.',
  },
  home: {
    title: 'Rembuk',
    lead: 'Diskusi kelompok per wilayah: tulis tantangan dan langkah tindak lanjut bersama, langsung dari ponsel.',
    codeLabel: 'Kode gabung',
    codePlaceholder: 'XXXX-XXXX',
    codeShape: 'Kode gabung terdiri dari 8 huruf dan angka, misalnya K7QM-3XPD.',
    join: 'Gabung',
    organizerTitle: 'Penyelenggara',
    organizerText: 'Siapkan acara dan kelompok wilayahnya, lalu bagikan kode gabung kepada peserta.',
    createEvent: 'Buat acara baru',
  },
  join: {
    welcome: 'Selamat datang di',
    pickGroup: 'Pilih kelompok wilayah Anda',
    groupRequired: 'Pilih satu kelompok dulu.',
    pseudonymLabel: 'Nama samaran (boleh dikosongkan)',
    pseudonymHint: 'Hanya terlihat oleh kelompok Anda selama sesi dan tidak disimpan. Jangan gunakan nama asli.',
    enter: 'Masuk ke papan',
  },
  board: {
    noAccessTitle: 'Belum bergabung',
    noAccess: 'Buka papan melalui kode gabung atau tautan peserta dari penyelenggara.',
    groupNotFound: 'Kelompok ini tidak ada dalam acara.',
    switchGroup: 'Ganti kelompok',
    backToOrganizer: 'Halaman penyelenggara',
    youAs: 'Anda: {{name}}',
    youAnonymous: 'Anda: tanpa nama',
    youOrganizer: 'Anda: penyelenggara (tidak dihitung)',
    youFacilitator: 'Anda: fasilitator (tidak dihitung)',
    columns: 'Kolom papan',
    challengeHint: 'Masalah yang dihadapi di wilayah Anda.',
    actionHint: 'Langkah tindak lanjut: mulai dengan kata kerja.',
    noChallenges: 'Belum ada tantangan. Tambahkan yang pertama.',
    noActions: 'Belum ada langkah. Tambahkan yang pertama.',
    addChallenge: '+ Tambah tantangan',
    addAction: '+ Tambah langkah',
    full: 'Papan ini sudah berisi {{max}} kartu, batas maksimum.',
  },
  card: {
    hiddenLabel: 'Tersembunyi',
    textLabel: 'Teks {{card}}',
    challengePlaceholder: 'Tulis satu tantangan…',
    actionPlaceholder: 'Tulis satu langkah, mulai dengan kata kerja…',
    details: 'Detail',
    // A menu is named for what it holds; its accessible name starts with the same words (then the card).
    menu: { order: 'Urutan', orderDelete: 'Urutan & hapus', orderWithdraw: 'Urutan & tarik', withdraw: 'Tarik kartu' },
    menuFor: '{{menu}} {{card}}',
    move: { top: '⤒ Paling atas', up: '↑ Naik', down: '↓ Turun', bottom: '⤓ Paling bawah' },
    delete: 'Hapus kartu',
    withdraw: 'Tarik kartu saya',
    withdrawQuestion: 'Tarik kartu Anda dari papan? Kartu dihapus untuk semua orang.',
    withdrawYes: 'Ya, tarik',
    deleteQuestion: 'Hapus kartu ini untuk semua orang?',
    deleteYes: 'Ya, hapus',
    notSet: '— belum dipilih —',
    addresses: 'Menjawab {{list}}',
    noChallengesYet: 'Belum ada tantangan untuk dihubungkan.',
    empty: '(kosong)',
    responsibleHint: 'Nama lembaga atau peran, bukan nama orang.',
  },
  connection: {
    connecting: 'Menghubungkan…',
    syncing: 'Menyelaraskan…',
    connected: 'Tersambung',
    offline: 'Terputus, mencoba lagi… Tulisan tetap tersimpan di perangkat ini.',
    offlineQueued_one: 'Terputus: perubahan pada {{count}} kartu tersimpan di perangkat ini dan menunggu dikirim.',
    offlineQueued_other: 'Terputus: perubahan pada {{count}} kartu tersimpan di perangkat ini dan menunggu dikirim.',
    reload: 'Muat ulang',
    closed: {
      unauthorized: 'Koneksi ditolak: kode tidak berlaku.',
      forbidden: 'Koneksi ditolak: kode ini bukan untuk papan ini.',
      boardNotFound: 'Papan ini tidak ditemukan.',
      malformedFrame: 'Server menolak perubahan terakhir. Muat ulang halaman.',
      schemaViolation: 'Server menolak perubahan yang tidak dapat dibuat halaman ini. Muat ulang halaman.',
      incompleteUpdate: 'Server tidak dapat menempatkan perubahan dari perangkat ini. Muat ulang halaman.',
      boardFull: 'Papan ini sudah penuh. Minta fasilitator merapikannya sebelum menambah kartu.',
      rateLimited: 'Terlalu banyak pesan dalam waktu singkat. Muat ulang halaman.',
      seatChanged: 'Anda dipindahkan ke kelompok lain. Pilih kelompok Anda lagi.',
      accessRevoked: 'Akses ini ditutup oleh penyelenggara.',
      other: 'Koneksi ditutup (kode {{code}}).',
    },
  },
  presence: {
    online_one: '{{count}} orang di papan ini',
    online_other: '{{count}} orang di papan ini',
    namesLabel: 'Nama samaran di papan ini',
    anonymous_one: '+{{count}} tanpa nama',
    anonymous_other: '+{{count}} tanpa nama',
  },
  notFound: { title: 'Halaman tidak ditemukan' },
  ...idFacilitation,
  ...idOnPhone,
};

/** The whole catalog: what participants' pages use (bundled) and what only staff pages use (idStaff.ts, lazy). */
export type Messages = typeof id & typeof idStaff;
