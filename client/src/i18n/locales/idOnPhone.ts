/** What this phone keeps of an event, and the app's own updates (Bahasa Indonesia). */
export const idOnPhone = {
  onPhone: {
    savedHere: 'Tersimpan di ponsel ini',
    savedHereHint: 'Perubahan kartu ini belum sampai ke server; akan terkirim saat jaringan kembali.',
  },
  forgetEvent: {
    title: 'Data acara di ponsel ini',
    open: 'Hapus acara ini dari ponsel ini',
    explain:
      'Papan, perubahan yang belum terkirim, dan tiket kursi Anda akan dihapus dari ponsel ini. Kartu yang sudah terkirim tetap ada di papan kelompok.',
    confirm: 'Hapus dari ponsel ini',
  },
  appUpdate: {
    available: 'Versi baru Rembuk tersedia.',
    reload: 'Muat ulang',
  },
};
