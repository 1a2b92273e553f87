/**
 * Bahasa Indonesia for the organizer's download panel: the options chosen at download and the stages of a
 * download. Spread into the `id` catalog (kept apart to keep files small).
 */
export const idExport = {
  exportOptions: {
    language: 'Bahasa judul dan label',
    languageOption: {
      event: 'Bahasa acara',
      id: 'Bahasa Indonesia',
      en: 'English',
      both: 'Keduanya (Indonesia / English)',
    },
    includeNotForScreen: 'Sertakan kartu bertanda “jangan tampilkan di layar”',
    includeNotForScreenHint: 'Biasanya ditinggalkan: kartu itu ditandai fasilitator karena sensitif.',
  },
  exportProgress: {
    label: 'Kemajuan unduhan {{format}}',
    steps: 'Tahap unduhan',
    step: { scanning: 'Periksa teks', generating: 'Buat berkas', downloading: 'Unduh', saved: 'Tersimpan' },
    scanning: 'Memeriksa apakah teks memuat data pengenal (NIK, telepon, email)…',
    generating: 'Server sedang membuat berkas…',
    elapsed: '{{seconds}} dtk',
    downloading: 'Mengunduh…',
    bytes: '{{received}} dari {{total}}',
    saved: 'Tersimpan: {{filename}}',
    cancelled: 'Unduhan dibatalkan. Tidak ada berkas yang disimpan.',
    cancel: 'Batalkan unduhan',
  },
};
