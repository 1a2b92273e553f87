/** Bahasa Indonesia for the projector wall. Spread into the `id` catalog (kept apart to keep files small). */
export const idWall = {
  wall: {
    views: { all: 'Semua kelompok', cycle: 'Bergiliran', group: 'Satu kelompok', chart: 'Grafik', themes: 'Tema lintas wilayah', join: 'Cara bergabung' },
    viewsLabel: 'Tampilan layar',
    chooseGroup: 'Kelompok',
    fullscreen: 'Layar penuh',
    keys: 'Tombol: A semua · C bergiliran · G satu kelompok · ← → kelompok lain · K grafik · T tema · J gabung · F layar penuh',
    /** Before the join address in the wall's header, for latecomers. */
    joinAt: 'Gabung:',
    connecting: 'Menghubungkan…',
    challenges_one: '{{count}} tantangan',
    challenges_other: '{{count}} tantangan',
    actions_one: '{{count}} langkah',
    actions_other: '{{count}} langkah',
    votes_one: '{{count}} suara',
    votes_other: '{{count}} suara',
    agreed: 'Disepakati',
    more_one: '+{{count}} tantangan lain',
    more_other: '+{{count}} tantangan lain',
    noChallenges: 'Belum ada tantangan untuk layar.',
    otherActions: 'Langkah lain',
    cycleOf: 'Kelompok {{index}} dari {{total}}',
    chart: {
      challengesTitle: 'Tantangan per kategori dan wilayah',
      votesTitle: 'Suara per kategori dan wilayah',
      votesHidden: 'Suara belum dibuka oleh fasilitator.',
      uncategorised: 'Belum berkategori',
      empty: 'Belum ada tantangan untuk digrafikkan.',
      axisChallenges: 'Jumlah tantangan',
      axisVotes: 'Jumlah suara',
    },
  },
};
