/**
 * Bahasa Indonesia for joining by QR code: the projector's join screen and the printable sheet of table tents.
 * Spread into the `id` catalog (kept apart to keep files small).
 */
export const idJoinQr = {
  joinQr: {
    scanToJoin: 'Pindai untuk bergabung',
    orType: 'atau ketik',
    joinCode: 'Kode gabung',
    qrOf: 'Kode QR untuk bergabung: {{name}}',
    screen: {
      groupsTitle: 'Atau pindai kode kelompok Anda',
      noJoinCodeTitle: 'Kode gabung tidak ada',
      noJoinCode:
        'Tautan proyektor ini dibuka tanpa kode gabung, jadi kode QR tidak bisa ditampilkan. Buka lagi tautan proyektor lengkap dari halaman penyelenggara (yang berisi #key=…&join=…).',
    },
    sheet: {
      open: 'Cetak kode QR (kartu meja)',
      title: 'Kode QR untuk bergabung',
      lead: 'Satu poster untuk seluruh acara, lalu satu kartu meja per kelompok, dua kartu per halaman A4. Potong halaman pada garis putus-putus, lalu lipat setiap kartu pada garis titik-titik agar berdiri: kodenya terbaca dari kedua sisi meja.',
      print: 'Cetak',
      showScreen: 'Tampilkan layar gabung',
      closeScreen: 'Tutup layar gabung',
      back: 'Kembali ke halaman penyelenggara',
      wholeEvent: 'Semua kelompok',
      chooseGroup: 'Setelah memindai, pilih kelompok Anda.',
    },
  },
};
