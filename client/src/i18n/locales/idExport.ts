/**
 * Bahasa Indonesia for the organizer's download panel: the options chosen at download and the stages of a
 * download. Spread into the `id` catalog (kept apart to keep files small).
 */
export const idExport = {
  exportOptions: {
    language: 'Bahasa judul dan label',
    languageOption: {
      event: 'Bahasa acara ({{language}})',
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
    step: { scanning: 'Periksa', generating: 'Buat', downloading: 'Unduh', saved: 'Simpan' },
    scanning: 'Memeriksa apakah teks memuat data pengenal (NIK, telepon, email)…',
    generating: 'Membuat {{format}} di server…',
    elapsed: '{{seconds}} dtk',
    downloading: 'Mengunduh {{format}}…',
    bytes: '{{received}} dari {{total}}',
    saved: 'Tersimpan sebagai',
    cancelled: 'Unduhan dibatalkan. Tidak ada berkas yang disimpan.',
    cancel: 'Batalkan unduhan',
  },
};
