/** Bahasa Indonesia for the address phones reach the server by (the reference catalog for enPublicAddress). */
export const idPublicAddress = {
  publicAddress: {
    localTitle: 'Ponsel tidak bisa membuka alamat ini',
    localText:
      'Halaman ini dibuka di {{address}}, alamat yang hanya berlaku di komputer ini. Karena itu tautan dan kode QR untuk peserta, fasilitator, dan proyektor memakai {{publicUrl}}.',
    noLan:
      'Halaman ini dibuka di {{address}}, alamat yang hanya berlaku di komputer ini, dan komputer ini tidak punya alamat jaringan yang bisa dijangkau ponsel: tautan dan kode QR di halaman ini tidak akan terbuka di ponsel. Sambungkan komputer ke wifi tempat acara lalu muat ulang halaman ini, atau jalankan server dengan REMBUK_PUBLIC_URL.',
    openAt: 'Buka halaman penyelenggara ini di alamat yang bisa dijangkau ponsel:',
    keyNote: 'Tautan ini memuat kunci penyelenggara: jangan tampilkan di layar.',
  },
};
